package org.itu.bdt.portfolio.reporting.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * portfolio_reporting_consumer_lag_records per topic and partition: the records on the broker that the read model
 * has not applied yet (end offset less the group's committed offset or, if further, this instance's own progress).
 * Computed from the broker, because the Kafka client's own records-lag counts records fetched, not applied.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(5);

    private final MeterRegistry registry;
    private final ConsumerProgress progress;
    private final Map<TopicPartition, AtomicLong> lags = new ConcurrentHashMap<>();
    private final List<String> topics;
    private final String group;
    private final String bootstrapServers;
    private final Duration refresh;
    private ScheduledExecutorService refresher;
    private Admin admin;

    ConsumerLag(MeterRegistry registry, ConsumerProgress progress,
                @ConfigProperty(name = "mp.messaging.incoming.projects.topic") String projectsTopic,
                @ConfigProperty(name = "mp.messaging.incoming.funding.topic") String fundingTopic,
                @ConfigProperty(name = "mp.messaging.incoming.funding.group.id") String group,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                @ConfigProperty(name = "portfolio.metrics.lag-refresh", defaultValue = "10s") Duration refresh) {
        this.registry = registry;
        this.progress = progress;
        this.topics = List.of(projectsTopic, fundingTopic);
        this.group = group;
        this.bootstrapServers = bootstrapServers;
        this.refresh = refresh;
    }

    void start(@Observes StartupEvent startup) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) BROKER_TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) BROKER_TIMEOUT.toMillis()));
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "consumer-lag"));
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (refresher != null) {
            refresher.shutdownNow();
            admin.close(BROKER_TIMEOUT);
        }
    }

    /** A broker that cannot be reached leaves the last known lag in place; the Kafka health check reports it. */
    private void refreshQuietly() {
        try {
            refresh();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.debugf("consumer lag not refreshed: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void refresh() throws ExecutionException, InterruptedException, TimeoutException {
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames()
                .get(BROKER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .toList();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())))
                .all().get(BROKER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(BROKER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        for (TopicPartition partition : partitions) {
            long applied = Math.max(committedOffset(committed.get(partition)),
                    progress.nextOffset(partition).orElse(0));
            lag(partition).set(Math.max(0, ends.get(partition).offset() - applied));
        }
    }

    private static long committedOffset(OffsetAndMetadata committed) {
        return committed == null ? 0 : committed.offset();
    }

    private AtomicLong lag(TopicPartition partition) {
        return lags.computeIfAbsent(partition, key -> {
            var lag = new AtomicLong();
            Gauge.builder("portfolio.reporting.consumer.lag", lag, AtomicLong::get)
                    .description("Records on the topic partition not yet applied to the read model")
                    .baseUnit("records")
                    .tags("topic", key.topic(), "partition", String.valueOf(key.partition()))
                    .register(registry);
            return lag;
        });
    }
}
