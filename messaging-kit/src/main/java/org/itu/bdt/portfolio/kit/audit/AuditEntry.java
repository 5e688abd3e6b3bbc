package org.itu.bdt.portfolio.kit.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One change as the trail answers it: who (subject, through which client), when, what, from what to what. */
public record AuditEntry(long sequence, Instant occurredAt, String entity, String entityId, String action,
                         String subject, String client, String requestId, JsonNode before, JsonNode after) {
}
