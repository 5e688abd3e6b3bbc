package org.itu.bdt.portfolio.kit.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** Reads a topic from the beginning with String values, as the services' SmallRye consumers do. */
final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

    TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until the topic holds at least this many records, and returns all read so far. */
    List<ConsumerRecord<String, String>> atLeast(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return records.size() >= count;
        });
        return List.copyOf(records);
    }

    /** Waits until the topic holds at least this many events with the subject, and returns them in their order. */
    List<IncomingEvent> atLeast(int count, String subject) {
        List<IncomingEvent> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                IncomingEvent event = IncomingEvent.of(record.headers(), record.value());
                if (subject.equals(event.subject())) {
                    events.add(event);
                }
            });
            return events.size() >= count;
        });
        return List.copyOf(events);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
