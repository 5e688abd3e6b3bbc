package org.itu.bdt.portfolio.projects.support;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

/** Reads portfolio.projects.v1 from the beginning with a plain consumer, as any other service would. */
public final class ProjectTopic implements AutoCloseable {

    public static final String NAME = "portfolio.projects.v1";
    /** Written out here rather than taken from the code under test, so a changed prefix fails the tests. */
    public static final String TYPE_PREFIX = "int.itu.bdt.portfolio.";

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    public ProjectTopic(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        List<TopicPartition> partitions = await().atMost(Duration.ofSeconds(20))
                .until(() -> consumer.partitionsFor(NAME).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())).toList(), list -> !list.isEmpty());
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** The ce_type project-service writes for an event name: the name under the reverse-DNS prefix. */
    public static String type(String name) {
        return TYPE_PREFIX + name;
    }

    /** Waits for the event of this type with this key. */
    public ConsumerRecord<String, String> awaitEvent(String key, String type) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> {
                    poll();
                    return find(key, type);
                }, Optional::isPresent)
                .orElseThrow();
    }

    /** Every record with this key received so far, in topic order. */
    public List<ConsumerRecord<String, String>> receivedWithKey(String key) {
        return received.stream().filter(record -> key.equals(record.key())).toList();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
    }

    private Optional<ConsumerRecord<String, String>> find(String key, String type) {
        return receivedWithKey(key).stream().filter(record -> type.equals(header(record, "ce_type"))).findFirst();
    }
}
