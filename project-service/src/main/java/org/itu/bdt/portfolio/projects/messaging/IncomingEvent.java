package org.itu.bdt.portfolio.projects.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The CloudEvents attributes a consumer needs, read from the Kafka headers (binary content mode). */
record IncomingEvent(UUID id, String type) {

    static IncomingEvent of(IncomingKafkaRecordMetadata<?, ?> metadata) {
        String id = header(metadata, "ce_id");
        try {
            return new IncomingEvent(UUID.fromString(id), header(metadata, "ce_type"));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("ce_id is not a UUID: " + id, e);
        }
    }

    private static String header(IncomingKafkaRecordMetadata<?, ?> metadata, String name) {
        Header header = metadata.getHeaders().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new MalformedEventException("missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
