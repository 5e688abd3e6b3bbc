package org.itu.bdt.portfolio.projects.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Writes events into the outbox table, inside the caller's transaction. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Event<OutboxAppended> appended;

    Outbox(ObjectMapper json, Event<OutboxAppended> appended) {
        this.json = json;
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, String eventType, Object data) {
        // PostgreSQL keeps microseconds: truncate so the stored time is the one published
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        new OutboxEvent(UUID.randomUUID(), topic, key, eventType, serialize(data), now).persist();
        appended.fire(new OutboxAppended());
    }

    private String serialize(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serializable: " + data.getClass(), e);
        }
    }
}
