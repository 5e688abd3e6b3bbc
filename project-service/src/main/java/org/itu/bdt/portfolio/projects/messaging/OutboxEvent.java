package org.itu.bdt.portfolio.projects.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event waiting in (or already relayed from) the transactional outbox. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    private UUID id;
    /** Assigned by the database on insert; the relay publishes in this order. */
    @Column(insertable = false, updatable = false)
    private Long position;
    private String topic;
    @Column(name = "message_key")
    private String messageKey;
    @Column(name = "event_type")
    private String eventType;
    private String payload;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxEvent() {
    }

    public OutboxEvent(UUID id, String topic, String messageKey, String eventType, String payload, Instant occurredAt) {
        this.id = id;
        this.topic = topic;
        this.messageKey = messageKey;
        this.eventType = eventType;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }

    void markPublished(Instant at) {
        publishedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public String messageKey() {
        return messageKey;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
