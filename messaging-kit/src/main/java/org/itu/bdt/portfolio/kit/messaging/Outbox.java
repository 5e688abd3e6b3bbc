package org.itu.bdt.portfolio.kit.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Writes an event into the outbox inside the caller's transaction, so it exists exactly when the change does. */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Event<OutboxAppended> appended;

    Outbox(EntityManager entityManager, ObjectMapper json, Event<OutboxAppended> appended) {
        this.entityManager = entityManager;
        this.json = json;
        this.appended = appended;
    }

    /**
     * @param key  the Kafka message key (a project number, so one project's events stay ordered)
     * @param type an explicit type constant under {@link EventTypes#PREFIX}
     * @param data serialised with the application's ObjectMapper
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, String type, Object data) {
        // PostgreSQL keeps microseconds: truncate so the time published is the time stored
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // a native insert, not an entity: a service that only consumes has no outbox table for Hibernate to validate
        entityManager.createNativeQuery("""
                        insert into outbox_event (id, topic, message_key, event_type, payload, occurred_at)
                        values (:id, :topic, :key, :type, :payload, :occurredAt)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("topic", topic)
                .setParameter("key", key)
                .setParameter("type", EventTypes.canonical(type))
                .setParameter("payload", serialise(data))
                .setParameter("occurredAt", now)
                .executeUpdate();
        appended.fire(new OutboxAppended());
    }

    private String serialise(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serialisable: " + data.getClass(), e);
        }
    }
}
