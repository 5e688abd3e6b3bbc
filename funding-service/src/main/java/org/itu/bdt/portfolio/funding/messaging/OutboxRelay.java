package org.itu.bdt.portfolio.funding.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka in position order and marks them published once acknowledged.
 * Runs right after each commit that wrote rows, and on a schedule as the safety net (Kafka back, rows of
 * a stopped instance); a database advisory lock keeps one relay at a time across instances.
 * Kafka down means the rows wait: nothing is lost.
 */
@Startup
@ApplicationScoped
public class OutboxRelay {
    static final String SOURCE = "/bdt/funding-service";
    private static final long RELAY_LOCK = 0x66756E64696E67L;
    private static final int BATCH_SIZE = 500;
    private static final long RETRY_MILLIS = 50;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager entityManager;
    private final KafkaProducer<String, String> producer;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final ScheduledExecutorService waker = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "outbox-relay-waker"));
    private volatile boolean stopping;

    OutboxRelay(EntityManager entityManager, MeterRegistry meters,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entityManager = entityManager;
        this.producer = new KafkaProducer<>(producerConfig(bootstrapServers));
        Gauge.builder("portfolio.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events not yet published to Kafka")
                .register(meters);
    }

    private static Map<String, Object> producerConfig(String bootstrapServers) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "funding-service-outbox-relay",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wakeIn(0);
    }

    /** While another run holds the lock, it may have missed the rows that woke us: look again shortly. */
    private void wakeIn(long millis) {
        if (!stopping && wakeQueued.compareAndSet(false, true)) {
            waker.schedule(this::wokenRun, millis, TimeUnit.MILLISECONDS);
        }
    }

    private void wokenRun() {
        wakeQueued.set(false);
        try {
            if (!publishPending()) {
                wakeIn(RETRY_MILLIS);
            }
        } catch (RuntimeException e) {
            LOG.warn("outbox relay run failed; the rows wait for the next run", e);
        }
    }

    /** The safety net only: latency comes from the wake-up after each commit. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        publishPending();
    }

    /** Returns false when another relay holds the lock. */
    @Transactional
    boolean publishPending() {
        if (stopping) {
            return true;
        }
        pending.set(OutboxEvent.pending());
        if (!relayLockTaken()) {
            return false;
        }
        List<OutboxEvent> batch = OutboxEvent.nextPending(BATCH_SIZE);
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try {
            batch.forEach(event -> acks.add(producer.send(recordOf(event))));
        } catch (KafkaException e) {
            LOG.warnf("Kafka refused an outbox event, %d wait: %s", batch.size(), e.getMessage());
        }
        if (markAcknowledged(batch, acks) && batch.size() == BATCH_SIZE) {
            wakeIn(RETRY_MILLIS);
        }
        return true;
    }

    private boolean relayLockTaken() {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
    }

    /**
     * Marks the acknowledged prefix only, so a failed send is retried with everything after it, in order.
     * Returns whether the whole batch went out.
     */
    private boolean markAcknowledged(List<OutboxEvent> batch, List<Future<RecordMetadata>> acks) {
        Instant now = Instant.now();
        for (int i = 0; i < acks.size(); i++) {
            if (!acknowledged(acks.get(i))) {
                LOG.warnf("Kafka did not acknowledge outbox event %s; %d wait", batch.get(i).id(), batch.size() - i);
                return false;
            }
            batch.get(i).markPublished(now);
            pending.decrementAndGet();
        }
        return acks.size() == batch.size();
    }

    private static boolean acknowledged(Future<RecordMetadata> ack) {
        try {
            ack.get(30, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private static ProducerRecord<String, String> recordOf(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.id().toString());
        header(headers, "ce_type", event.eventType());
        header(headers, "ce_source", SOURCE);
        header(headers, "ce_time", event.occurredAt().toString());
        header(headers, "ce_subject", event.messageKey());
        header(headers, "content-type", "application/json");
        return new ProducerRecord<>(event.topic(), null, event.messageKey(), event.payload(), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Ends a woken run while the datasource is still open. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping = true;
        waker.shutdownNow();
        waker.awaitTermination(5, TimeUnit.SECONDS);
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
