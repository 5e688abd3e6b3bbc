package org.itu.bdt.portfolio.kit.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
     * An event to append.
     *
     * @param key  the Kafka message key (a project number, so one project's events stay ordered)
     * @param type an explicit type constant under {@link EventTypes#PREFIX}
     * @param data serialised with the application's ObjectMapper
     */
    public record Message(String key, String type, Object data) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, String type, Object data) {
        appendAll(topic, List.of(new Message(key, type, data)));
    }

    /** The messages in one statement, in their order: a batch (an import) appends without a round trip per event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(String topic, List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        // PostgreSQL keeps microseconds: truncate so the time published is the time stored
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // a native insert, not an entity: a service that only consumes has no outbox table for Hibernate to validate
        entityManager.createNativeQuery("""
                        insert into outbox_event (id, topic, message_key, event_type, payload, occurred_at)
                        select cast(id as uuid), :topic, message_key, event_type, payload, :occurredAt
                        from unnest(cast(:ids as text[]), cast(:keys as text[]), cast(:types as text[]),
                                    cast(:payloads as text[]))
                            with ordinality as message(id, message_key, event_type, payload, n)
                        order by n""")
                .setParameter("topic", topic)
                .setParameter("occurredAt", now)
                .setParameter("ids", messages.stream().map(message -> UUID.randomUUID().toString())
                        .toArray(String[]::new))
                .setParameter("keys", messages.stream().map(Message::key).toArray(String[]::new))
                .setParameter("types", messages.stream().map(message -> EventTypes.canonical(message.type()))
                        .toArray(String[]::new))
                .setParameter("payloads", messages.stream().map(message -> serialise(message.data()))
                        .toArray(String[]::new))
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
