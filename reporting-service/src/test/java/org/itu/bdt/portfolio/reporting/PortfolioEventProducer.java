package org.itu.bdt.portfolio.reporting;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Publishes events to the test broker in CloudEvents binary mode, exactly as the contract says. */
public final class PortfolioEventProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
            new StringSerializer(), new StringSerializer());

    public void send(PortfolioEvent... events) {
        send(List.of(events));
    }

    /** Sends in the given order and waits for every acknowledgement. */
    public void send(List<PortfolioEvent> events) {
        var acknowledgements = events.stream().map(this::publish).toList();
        for (var acknowledgement : acknowledgements) {
            try {
                acknowledgement.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A record with only the headers given, for records that break the contract. */
    public void sendRaw(String topic, String key, String value, Map<String, String> headers) {
        var recordHeaders = new RecordHeaders();
        headers.forEach((name, headerValue) -> recordHeaders.add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private java.util.concurrent.Future<?> publish(PortfolioEvent event) {
        var headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.id().toString());
        header(headers, "ce_type", event.type());
        header(headers, "ce_source", event.topic().equals(TestInfrastructure.PROJECTS_TOPIC)
                ? "/bdt/project-service" : "/bdt/funding-service");
        header(headers, "ce_time", Instant.now().toString());
        header(headers, "ce_subject", event.key());
        header(headers, "content-type", "application/json");
        return producer.send(new ProducerRecord<>(event.topic(), null, event.key(), event.data(), headers));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
