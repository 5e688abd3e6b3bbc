package org.itu.bdt.portfolio.projects.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes unpublished outbox rows in position order and marks them published once Kafka acknowledged them.
 * Runs every poll interval and right after every commit that wrote outbox rows, always on one thread.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Advisory lock id shared by every replica of this service: one relay at a time. */
    static final long RELAY_LOCK = 0x50524f4a4f555442L;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EventPublisher publisher;
    private final int batchSize;
    private final Duration pollInterval;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicBoolean wakeupQueued = new AtomicBoolean();
    // quarkus-scheduler's simple scheduler fires at most once a second, too coarse for a 200 ms poll
    private final ScheduledExecutorService relayThread =
            Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "outbox-relay"));

    OutboxRelay(EventPublisher publisher, MeterRegistry metrics,
                @ConfigProperty(name = "portfolio.outbox.batch-size") int batchSize,
                @ConfigProperty(name = "portfolio.outbox.poll-interval") Duration pollInterval) {
        this.publisher = publisher;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        metrics.gauge("portfolio.outbox.pending", pending);
    }

    void start(@Observes StartupEvent startup) {
        long millis = pollInterval.toMillis();
        relayThread.scheduleWithFixedDelay(this::drain, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        relayThread.shutdownNow();
        relayThread.awaitTermination(5, TimeUnit.SECONDS);
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        // one queued wake-up covers every commit that happens before it runs
        if (wakeupQueued.compareAndSet(false, true)) {
            relayThread.execute(() -> {
                wakeupQueued.set(false);
                drain();
            });
        }
    }

    /** Publishes until the outbox is empty or Kafka fails; never throws, which would end the periodic runs. */
    void drain() {
        try {
            boolean full = true;
            while (full) {
                full = QuarkusTransaction.requiringNew().call(this::publishBatch);
            }
        } catch (RuntimeException e) {
            LOG.warn("outbox relay run failed, the next run retries", e);
        }
    }

    /** Returns whether a full batch went out, so more rows may be waiting. */
    private boolean publishBatch() {
        if (!relayLockTaken()) {
            return false;
        }
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("publishedAt is null", Sort.by("position"))
                .page(0, batchSize).list();
        int acknowledged = publisher.publish(batch);
        Instant now = Instant.now();
        batch.subList(0, acknowledged).forEach(event -> event.markPublished(now));
        pending.set(OutboxEvent.count("publishedAt is null"));
        return acknowledged == batchSize;
    }

    private static boolean relayLockTaken() {
        return (Boolean) OutboxEvent.getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
    }
}
