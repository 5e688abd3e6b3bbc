package org.itu.bdt.portfolio.kit.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;

/** An outbox row the relay has yet to publish, and the Kafka record it becomes. */
public record PendingEvent(UUID id, String topic, String key, String type, String payload, Instant occurredAt) {

    /**
     * A CloudEvents 1.0 record in binary mode, written by the SDK: headers ce_specversion, ce_id, ce_type, ce_source,
     * ce_time, ce_subject and content-type; the JSON payload as the value; the message key as the key.
     */
    public ProducerRecord<String, byte[]> toRecord(String source) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id.toString())
                .withType(EventTypes.canonical(type))
                .withSource(URI.create(source))
                .withTime(occurredAt.atOffset(ZoneOffset.UTC))
                .withSubject(key)
                .withDataContentType("application/json")
                .withData(payload.getBytes(UTF_8))
                .build();
        return KafkaMessageFactory.createWriter(topic, key).writeBinary(event);
    }
}
