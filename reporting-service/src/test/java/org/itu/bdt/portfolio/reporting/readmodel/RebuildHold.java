package org.itu.bdt.portfolio.reporting.readmodel;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds a rebuild open for the tests that act while one runs, instead of slowing every replay down: once
 * {@link #close()}d, the next rebuild waits at the start of its replay (its new schema created and still empty,
 * the live consumers and the reports going on with the old one) until the test {@link #open()}s it again. Open,
 * it lets every rebuild through at once.
 */
@Singleton
public class RebuildHold {

    private CountDownLatch opened = new CountDownLatch(0);
    private CountDownLatch reached = new CountDownLatch(0);

    /** The next rebuild's replay waits until {@link #open()}. */
    public synchronized void close() {
        opened = new CountDownLatch(1);
        reached = new CountDownLatch(1);
    }

    public synchronized void open() {
        opened.countDown();
    }

    /** Returns once a rebuild waits here. */
    public void awaitHeld(Duration patience) throws InterruptedException {
        CountDownLatch held;
        synchronized (this) {
            held = reached;
        }
        assertThat(held.await(patience.toMillis(), TimeUnit.MILLISECONDS)).as("a rebuild reached the hold").isTrue();
    }

    private void passThrough() throws InterruptedException {
        CountDownLatch open;
        synchronized (this) {
            reached.countDown();
            open = opened;
        }
        open.await();
    }

    /** The replay every rebuild starts passes through the hold first. */
    @Decorator
    @Priority(1)
    abstract static class HeldEventLog implements EventLog {

        @Inject
        @Delegate
        EventLog log;

        @Inject
        RebuildHold hold;

        @Override
        public Replay replay(Rebuild rebuild) {
            try {
                hold.passThrough();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rebuild " + rebuild.id() + " stopped while held", e);
            }
            return log.replay(rebuild);
        }
    }
}
