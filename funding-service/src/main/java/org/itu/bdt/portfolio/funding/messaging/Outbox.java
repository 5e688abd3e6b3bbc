package org.itu.bdt.portfolio.funding.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Records events in the caller's transaction, so they exist exactly when the state change does. */
@ApplicationScoped
public class Outbox {
    public static final String TOPIC = "portfolio.funding.v1";

    private final ObjectMapper json;
    private final Event<OutboxWritten> written;

    Outbox(ObjectMapper json, Event<OutboxWritten> written) {
        this.json = json;
        this.written = written;
    }

    /** An event about one project, keyed by its project number. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String eventType, FundingEvent event) {
        record(eventType, event.projectNumber(), event);
    }

    /**
     * For an event about no single project: a partner (keyed by its id), a rate (keyed by its currency), a transfer
     * into the ICT-DF (keyed so its kind stays in order).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String eventType, String messageKey, Object event) {
        new OutboxEvent(UUID.randomUUID(), TOPIC, messageKey, eventType,
                payloadOf(event), Instant.now().truncatedTo(ChronoUnit.MILLIS)).persist();
        written.fire(new OutboxWritten());
    }

    private String payloadOf(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + event, e);
        }
    }
}
