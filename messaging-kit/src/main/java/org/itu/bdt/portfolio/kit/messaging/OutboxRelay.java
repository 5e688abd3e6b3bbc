package org.itu.bdt.portfolio.kit.messaging;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Publishes unpublished outbox rows in position order, on one thread, woken after each commit and swept every poll
 * interval. A run reads a batch (one short statement), sends it and waits for the acks with no transaction open,
 * then marks the acknowledged prefix published (a second short statement): a broker that is down holds no database
 * transaction, and the rows simply wait. Plain Java, so it is tested against a real database and broker;
 * {@link RelayLifecycle} wires it into the application.
 */
public class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /**
     * @param ackTimeout the longest wait for a batch's acks, counted from its first send; keep it below
     *                   delivery.timeout.ms (see {@link #abandonProducer})
     */
    public record Settings(String source, int batchSize, Duration pollInterval, Duration longestBackoff,
                           Duration ackTimeout, Duration retention) {
    }

    /** How often, at most, published rows past their retention are looked for, and how many go at a time. */
    static final Duration PURGE_EVERY = Duration.ofMinutes(1);
    static final int PURGE_BATCH = 10_000;

    private final OutboxTable table;
    private final RelayLock lock;
    private final Supplier<Producer<String, byte[]>> producers;
    private final Settings settings;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    // quarkus-scheduler fires at most once a second, too coarse for a wake-up right after a commit
    private final ScheduledExecutorService relayThread =
            Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "outbox-relay"));
    private volatile boolean stopped;
    // the first failed run of the current failing spell, null while runs succeed (read by the readiness check)
    private volatile Instant failingSince;
    // touched on the relay thread only
    private Duration backoff = Duration.ZERO;
    private Instant pausedUntil = Instant.MIN;
    private Instant nextPurge = Instant.MIN;
    private Producer<String, byte[]> producer;

    /** @param producers makes a producer with {@link #producerSettings}; the relay closes the ones it made */
    public OutboxRelay(DataSource dataSource, Supplier<Producer<String, byte[]>> producers, Settings settings) {
        this.table = new OutboxTable(dataSource);
        this.lock = new RelayLock(dataSource);
        this.producers = producers;
        this.settings = settings;
    }

    /**
     * The idempotent producer the relay needs (acks=all, max 5 in flight keeps the order on retries), with bounded
     * timeouts so that a broker that is down fails sends in seconds.
     */
    public static Map<String, Object> producerSettings(String bootstrapServers, String clientId, Duration maxBlock,
                                                       Duration requestTimeout, Duration deliveryTimeout) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlock.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeout.toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    }

    public void start() {
        long millis = settings.pollInterval().toMillis();
        relayThread.scheduleWithFixedDelay(this::run, 0, millis, TimeUnit.MILLISECONDS);
    }

    /** One queued wake-up covers every commit that happens before it runs. */
    public void wake() {
        if (stopped || !wakeQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            relayThread.execute(() -> {
                wakeQueued.set(false);
                run();
            });
        } catch (RejectedExecutionException e) {
            // stopping: the rows wait for the next start
        }
    }

    /** Outbox rows not yet published, as of the last run. */
    public AtomicLong pending() {
        return pending;
    }

    /** Since when every run has failed (Kafka or the database refusing), empty while the relay publishes. */
    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    /** Ends the relay thread and releases the lock; call it before the datasource closes. */
    @Override
    public void close() {
        stopped = true;
        relayThread.shutdownNow();
        try {
            if (!relayThread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("outbox relay thread did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lock.close();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    /** One run; never throws, because a thrown exception would end the periodic runs. */
    void run() {
        if (stopped || Instant.now().isBefore(pausedUntil)) {
            return;
        }
        try {
            boolean allSent = !lock.held() || publishAll();
            pending.set(table.countPending());
            if (allSent && lock.held()) {
                purgeIfDue();
            }
            if (allSent) {
                backoff = Duration.ZERO;
                failingSince = null;
            } else {
                pauseAfterFailure();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("outbox relay run failed, the rows wait for the next run: %s", e.getMessage());
            pauseAfterFailure();
        }
    }

    /** Only the relay holding the lock deletes, so two replicas never race over the same rows. */
    private void purgeIfDue() throws SQLException {
        Instant now = Instant.now();
        if (settings.retention().isZero() || settings.retention().isNegative() || now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(PURGE_EVERY);
        int deleted = table.deletePublishedBefore(now.minus(settings.retention()), PURGE_BATCH);
        if (deleted > 0) {
            LOG.debugf("outbox relay deleted %d rows published more than %s ago", deleted, settings.retention());
        }
    }

    boolean holdsLock() {
        return lock.held();
    }

    /** Publishes batches until the outbox is empty; false if Kafka did not acknowledge an event. */
    private boolean publishAll() throws SQLException {
        while (!stopped) {
            List<PendingEvent> batch = table.nextPending(settings.batchSize());
            int acknowledged = send(batch);
            if (acknowledged > 0) {
                table.markPublished(batch.subList(0, acknowledged), Instant.now());
            }
            if (acknowledged < batch.size()) {
                return false;
            }
            if (batch.size() < settings.batchSize()) {
                return true;
            }
        }
        return true;
    }

    private int send(List<PendingEvent> batch) {
        if (producer == null) {
            producer = producers.get();
        }
        long deadline = System.nanoTime() + settings.ackTimeout().toNanos();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (PendingEvent event : batch) {
            try {
                acks.add(producer.send(event.toRecord(settings.source())));
            } catch (RuntimeException e) {
                // send() refuses after max.block.ms when the broker is unknown: the later events wait too
                LOG.warnf("could not send outbox event %s: %s", event.id(), e.getMessage());
                break;
            }
        }
        int acknowledged = acknowledgedPrefix(acks, batch, deadline);
        if (acknowledged < batch.size()) {
            abandonProducer();
        }
        return acknowledged;
    }

    /**
     * Once an event failed, no later event of the run may reach the log before it. The broker enforces that while
     * the producer keeps its sequence numbers, but a producer that lets a batch expire on its own
     * (delivery.timeout.ms) renumbers the batches queued behind it, which may then land first. So the relay stops
     * waiting before that expiry and closes the producer at once, which drops every batch not yet sent; the next run
     * sends everything unmarked again with a new producer.
     */
    private void abandonProducer() {
        producer.close(Duration.ZERO);
        producer = null;
    }

    /** Only an unbroken run of acks counts: a later event is never marked published before an earlier one. */
    private static int acknowledgedPrefix(List<Future<RecordMetadata>> acks, List<PendingEvent> batch,
                                          long deadline) {
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                String reason = e instanceof ExecutionException ? e.getCause().getMessage() : "no ack in time";
                LOG.warnf("Kafka did not acknowledge outbox event %s, %d wait: %s",
                        batch.get(i).id(), batch.size() - i, reason);
                return i;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return i;
            }
        }
        return acks.size();
    }

    /** Doubling pauses while Kafka or the database fails, so a long outage costs a run every few seconds. */
    private void pauseAfterFailure() {
        if (failingSince == null) {
            failingSince = Instant.now();
        }
        Duration doubled = backoff.isZero() ? settings.pollInterval() : backoff.multipliedBy(2);
        backoff = doubled.compareTo(settings.longestBackoff()) > 0 ? settings.longestBackoff() : doubled;
        pausedUntil = Instant.now().plus(backoff);
    }
}
