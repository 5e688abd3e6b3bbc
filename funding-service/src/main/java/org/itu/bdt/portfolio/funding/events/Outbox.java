package org.itu.bdt.portfolio.funding.events;

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

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(FundingEvent event) {
        record(event.projectNumber(), event);
    }

    /** For an event about no single project, such as a rate (keyed by its currency). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String messageKey, Object event) {
        new OutboxEvent(UUID.randomUUID(), TOPIC, messageKey, event.getClass().getSimpleName(),
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
