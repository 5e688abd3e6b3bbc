package org.itu.bdt.portfolio.reporting.events;

import io.quarkus.arc.All;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.reporting.infra.ReadModelSchemas;
import org.itu.bdt.portfolio.reporting.infra.Rebuild;
import org.itu.bdt.portfolio.reporting.infra.Rebuilds;
import org.itu.bdt.portfolio.reporting.infra.SchemaLifecycle;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Replays both topics from the beginning into a fresh schema while the live consumers and the reports go on with
 * the active one; once the replay has nearly caught up, closes the read-model gate, replays the rest, switches
 * the active schema and reopens the gate, so that every live event lands in the old schema before the switch
 * (and is replayed) or in the new one after it (and is deduplicated there). The old schema is dropped after.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    private static final Duration POLL = Duration.ofMillis(200);
    /** Records left to replay below which the live consumers are paused for the final catch-up. */
    private static final long CATCH_UP = 500;

    private final Rebuilds rebuilds;
    private final ReadModelSchemas schemas;
    private final SchemaLifecycle lifecycle;
    private final ReadModelGate gate;
    private final Map<String, EventApplier> appliers;
    private final RebuildSettings settings;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable ->
            new Thread(runnable, "read-model-rebuild"));

    ReadModelRebuild(Rebuilds rebuilds, ReadModelSchemas schemas, SchemaLifecycle lifecycle, ReadModelGate gate,
                     @All List<EventApplier> appliers, RebuildSettings settings) {
        this.rebuilds = rebuilds;
        this.schemas = schemas;
        this.lifecycle = lifecycle;
        this.gate = gate;
        this.appliers = appliers.stream().collect(Collectors.toMap(EventApplier::topic, Function.identity()));
        this.settings = settings;
    }

    /** A rebuild the previous run of the service left unfinished is abandoned, and its half-filled schema dropped. */
    void abandonInterrupted(@Observes StartupEvent startup) {
        abandonInterrupted();
    }

    public void abandonInterrupted() {
        for (String schema : rebuilds.abandonRunning()) {
            LOG.warnf("rebuild into %s was interrupted by a stop: abandoned", schema);
            lifecycle.drop(schema);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
    }

    /** Starts a rebuild in the background; refused while another one runs. */
    public Rebuild start() {
        Rebuild rebuild = rebuilds.start();
        worker.execute(() -> run(rebuild));
        return rebuild;
    }

    private void run(Rebuild rebuild) {
        try {
            String previous = schemas.active();
            lifecycle.create(rebuild.targetSchema());
            try (KafkaConsumer<String, String> consumer = consumer()) {
                var replay = new Replay(consumer, rebuild);
                replay.untilNearlyCaughtUp();
                gate.closedDuring(() -> {
                    replay.untilCaughtUp();
                    rebuilds.finish(rebuild.id(), rebuild.targetSchema(), replay.records);
                    schemas.activate(rebuild.targetSchema());
                    return null;
                });
            }
            LOG.infof("read model rebuilt into %s; %s is dropped after %s", rebuild.targetSchema(), previous,
                    settings.dropGrace());
            Thread.sleep(settings.dropGrace().toMillis());
            lifecycle.drop(previous);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | SQLException e) {
            LOG.errorf(e, "rebuild %d failed", rebuild.id());
            rebuilds.fail(rebuild.id(), String.valueOf(e.getMessage()));
            lifecycle.drop(rebuild.targetSchema());
        }
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.batchSize(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
    }

    /** The replay's position on every partition of both topics, from offset 0, applied into the rebuild's schema. */
    private final class Replay {

        private final KafkaConsumer<String, String> consumer;
        private final Rebuild rebuild;
        private final List<TopicPartition> partitions;
        private long records;

        Replay(KafkaConsumer<String, String> consumer, Rebuild rebuild) {
            this.consumer = consumer;
            this.rebuild = rebuild;
            this.partitions = appliers.keySet().stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(partition -> new TopicPartition(topic, partition.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        void untilNearlyCaughtUp() throws InterruptedException {
            while (behind(consumer.endOffsets(partitions)) > CATCH_UP) {
                untilReached(consumer.endOffsets(partitions));
            }
            untilReached(consumer.endOffsets(partitions));
        }

        void untilCaughtUp() {
            try {
                untilReached(consumer.endOffsets(partitions));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rebuild stopped during its final catch-up", e);
            }
        }

        private void untilReached(Map<TopicPartition, Long> ends) throws InterruptedException {
            while (behind(ends) > 0) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    schemas.runIn(rebuild.targetSchema(), () -> apply(record));
                    records++;
                }
                rebuilds.progress(rebuild.id(), records);
                Thread.sleep(settings.batchPause().toMillis());
            }
        }

        private long behind(Map<TopicPartition, Long> ends) {
            return partitions.stream().mapToLong(partition -> ends.get(partition) - consumer.position(partition))
                    .filter(left -> left > 0).sum();
        }

        /** A record the live consumer sent to the dead-letter topic is skipped here the same way. */
        private void apply(ConsumerRecord<String, String> record) {
            try {
                appliers.get(record.topic()).apply(EventEnvelope.of(record.headers()), record.value());
            } catch (RuntimeException e) {
                if (!ReadModelTransactions.isPermanent(e)) {
                    throw e;
                }
                LOG.warnf("rebuild %d skips %s-%d@%d: %s", rebuild.id(), record.topic(), record.partition(),
                        record.offset(), e.getMessage());
            }
        }
    }
}
