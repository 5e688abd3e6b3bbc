package org.itu.bdt.portfolio.funding.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event waiting for, or done with, the relay; position is the publishing order. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private long position;
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

    OutboxEvent(UUID id, String topic, String messageKey, String eventType, String payload, Instant occurredAt) {
        this.id = id;
        this.topic = topic;
        this.messageKey = messageKey;
        this.eventType = eventType;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }

    static List<OutboxEvent> nextPending(int limit) {
        return find("publishedAt is null order by position").page(0, limit).list();
    }

    static long pending() {
        return count("publishedAt is null");
    }

    void markPublished(Instant at) {
        publishedAt = at;
    }

    UUID id() {
        return id;
    }

    String topic() {
        return topic;
    }

    String messageKey() {
        return messageKey;
    }

    String eventType() {
        return eventType;
    }

    String payload() {
        return payload;
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
