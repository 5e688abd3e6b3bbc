package org.itu.bdt.portfolio.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Lets read-model transactions through side by side, until a rebuild closes it for its final catch-up and
 * switch-over: then every live change waits, and none commits into the old schema after the new one has caught up.
 */
@ApplicationScoped
public class ReadModelGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public void pass(Runnable change) {
        lock.readLock().lock();
        try {
            change.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Waits for the changes in progress, then runs the work alone; the closing thread itself may still pass. */
    public <T> T closedDuring(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
