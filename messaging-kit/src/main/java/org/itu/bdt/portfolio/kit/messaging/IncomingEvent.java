package org.itu.bdt.portfolio.kit.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.common.header.Headers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A consumed CloudEvent (binary mode), read from the Kafka headers by the SDK.
 *
 * @param type the canonical type ({@link EventTypes#canonical}), so legacy bare names match the constants
 * @param time when the producer committed the change; null if the producer did not say (the attribute is optional)
 * @param data the JSON payload as text
 */
public record IncomingEvent(UUID id, String type, String source, Instant time, String subject, String data) {

    /** SmallRye's Kafka connector hands String payloads over (StringDeserializer, UTF-8). */
    public static IncomingEvent of(Headers headers, String payload) {
        return of(headers, payload == null ? null : payload.getBytes(UTF_8));
    }

    public static IncomingEvent of(Headers headers, byte[] payload) {
        CloudEvent event = read(headers, payload);
        return new IncomingEvent(uuid(event.getId()), EventTypes.canonical(event.getType()),
                event.getSource().toString(), instant(event.getTime()), event.getSubject(),
                event.getData() == null ? null : new String(event.getData().toBytes(), UTF_8));
    }

    private static CloudEvent read(Headers headers, byte[] payload) {
        try {
            return KafkaMessageFactory.createReader(headers, payload).toEvent();
        } catch (RuntimeException e) {
            // CloudEventRWException for an invalid attribute or unknown spec version, IllegalStateException
            // for a missing required one
            throw new MalformedEventException("not a CloudEvent in binary mode: " + e.getMessage(), e);
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("ce_id is not a UUID: " + id, e);
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
