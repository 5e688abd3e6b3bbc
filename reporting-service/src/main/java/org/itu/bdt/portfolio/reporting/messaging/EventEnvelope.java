package org.itu.bdt.portfolio.reporting.messaging;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The CloudEvents attributes a consumer needs, read from the Kafka headers (binary content mode).
 *
 * @param time when the producer committed the change; null if the header is missing or unreadable, because only
 *             the freshness metric uses it and an event is applied all the same
 */
record EventEnvelope(UUID id, String type, Instant time) {

    static EventEnvelope of(Headers headers) {
        String id = header(headers, "ce_id");
        try {
            return new EventEnvelope(UUID.fromString(id), header(headers, "ce_type"), time(headers));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("ce_id is not a UUID: " + id, e);
        }
    }

    private static Instant time(Headers headers) {
        Header header = headers.lastHeader("ce_time");
        if (header == null || header.value() == null) {
            return null;
        }
        try {
            return Instant.parse(new String(header.value(), StandardCharsets.UTF_8));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            throw new MalformedEventException("missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
