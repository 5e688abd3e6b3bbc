package org.itu.bdt.portfolio.reporting.messaging;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.itu.bdt.portfolio.kit.messaging.IncomingEvent;
import org.itu.bdt.portfolio.kit.messaging.TransientFailureRetry;
import org.itu.bdt.portfolio.reporting.readmodel.EventLog;
import org.itu.bdt.portfolio.reporting.readmodel.ReadModelSchemas;
import org.itu.bdt.portfolio.reporting.readmodel.Rebuild;
import org.itu.bdt.portfolio.reporting.readmodel.RebuildSettings;
import org.itu.bdt.portfolio.reporting.readmodel.Rebuilds;
import org.itu.bdt.portfolio.reporting.readmodel.SchemaLifecycle;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rebuild's replay of both topics with a consumer of its own (no group, nothing committed), applied through
 * the same appliers as the live consumers, into the rebuild's schema.
 */
@ApplicationScoped
class KafkaEventLog implements EventLog {

    private static final Logger LOG = Logger.getLogger(KafkaEventLog.class);
    private static final Duration POLL = Duration.ofMillis(200);
    /** Records left to replay below which the live consumers are paused for the final catch-up. */
    private static final long CATCH_UP = 500;

    private final Map<String, EventApplier> appliers;
    private final ReadModelSchemas schemas;
    private final Rebuilds rebuilds;
    private final RebuildSettings settings;
    private final ReadModelBatches batches;
    private final SchemaLifecycle lifecycle;

    KafkaEventLog(@All List<EventApplier> appliers, ReadModelSchemas schemas, Rebuilds rebuilds,
                  RebuildSettings settings, ReadModelBatches batches, SchemaLifecycle lifecycle) {
        this.batches = batches;
        this.lifecycle = lifecycle;
        this.appliers = appliers.stream().collect(Collectors.toMap(EventApplier::topic, Function.identity()));
        this.schemas = schemas;
        this.rebuilds = rebuilds;
        this.settings = settings;
    }

    @Override
    public Replay replay(Rebuild rebuild) {
        var consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.batchSize(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        try {
            return new KafkaReplay(consumer, rebuild);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /** The replay's position on every partition of both topics, from offset 0, applied into the rebuild's schema. */
    private final class KafkaReplay implements Replay {

        private final KafkaConsumer<String, String> consumer;
        private final Rebuild rebuild;
        private final List<TopicPartition> partitions;
        private long records;
        private long nextAnalysis = settings.analyzeAfter();

        KafkaReplay(KafkaConsumer<String, String> consumer, Rebuild rebuild) {
            this.consumer = consumer;
            this.rebuild = rebuild;
            this.partitions = appliers.keySet().stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(partition -> new TopicPartition(topic, partition.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        @Override
        public void untilNearlyCaughtUp() throws InterruptedException {
            while (behind(consumer.endOffsets(partitions)) > CATCH_UP) {
                untilReached(consumer.endOffsets(partitions));
            }
            untilReached(consumer.endOffsets(partitions));
        }

        @Override
        public void untilCaughtUp() {
            try {
                untilReached(consumer.endOffsets(partitions));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rebuild stopped during its final catch-up", e);
            }
        }

        @Override
        public long records() {
            return records;
        }

        @Override
        public void close() {
            consumer.close();
        }

        private void untilReached(Map<TopicPartition, Long> ends) throws InterruptedException {
            while (behind(ends) > 0) {
                List<ConsumerRecord<String, String>> polled = new ArrayList<>();
                consumer.poll(POLL).forEach(polled::add);
                schemas.runIn(rebuild.targetSchema(), () -> batches.apply(polled,
                        record -> IncomingEvent.of(record.headers(), record.value()),
                        record -> appliers.get(record.topic()), this::skip));
                records += polled.size();
                rebuilds.progress(rebuild.id(), records);
                if (records >= nextAnalysis) {
                    lifecycle.analyze(rebuild.targetSchema());
                    nextAnalysis = records * 4;
                }
                Thread.sleep(settings.batchPause().toMillis());
            }
        }

        private long behind(Map<TopicPartition, Long> ends) {
            return partitions.stream().mapToLong(partition -> ends.get(partition) - consumer.position(partition))
                    .filter(left -> left > 0).sum();
        }

        /** A record the live consumer sent to the dead-letter topic is skipped here the same way. */
        private void skip(ConsumerRecord<String, String> record, RuntimeException failure) {
            if (!TransientFailureRetry.isPermanent(failure)) {
                throw failure;
            }
            LOG.warnf("rebuild %d skips %s-%d@%d: %s", rebuild.id(), record.topic(), record.partition(),
                    record.offset(), failure.getMessage());
        }
    }
}
