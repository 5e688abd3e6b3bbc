package org.itu.bdt.portfolio.kit.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.kit.security.Caller;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Records who changed what, inside the transaction of the change, so the trail holds a change exactly when the
 * change happened. Entries are only ever inserted: no API changes or deletes them, and the service's migration
 * makes the table refuse updates and deletes.
 */
@ApplicationScoped
public class AuditTrail {

    /** The actor of a change made by the service itself (a consumer, a scheduled job), not by a request. */
    public static final String SYSTEM = "system";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Instance<Caller> caller;
    private final Instance<RequestId> requestId;
    private final String table;
    /** Reads amounts as they were written: 1000.00 stays 1000.00, not 1000 (or a double). */
    private final ObjectReader amounts;

    AuditTrail(EntityManager entityManager, ObjectMapper json, Instance<Caller> caller, Instance<RequestId> requestId,
               @ConfigProperty(name = "portfolio.audit.table", defaultValue = "audit_entry") String table) {
        this.entityManager = entityManager;
        this.json = json;
        this.caller = caller;
        this.requestId = requestId;
        this.table = table;
        this.amounts = json.readerFor(JsonNode.class)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /**
     * One thing's change.
     *
     * @param entityId its id as the API names it ("7BTN23069-01")
     * @param before   its values before the change (null for a creation), serialised as JSON
     * @param after    its values after the change (null for a removal)
     */
    public record Change(String entityId, Object before, Object after) {
    }

    /**
     * @param entity   what kind of thing changed, as the API names it ("agreement", "project")
     * @param entityId its id as the API names it ("7BTN23069-01")
     * @param action   what happened ("signed", "amended", "status-changed")
     * @param before   its values before the change (null for a creation), serialised as JSON
     * @param after    its values after the change (null for a removal)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entity, String entityId, String action, Object before, Object after) {
        recordAll(entity, action, List.of(new Change(entityId, before, after)));
    }

    /** Changes of one kind and action (a batch's), by one caller, in one statement and in their order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String entity, String action, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        boolean inRequest = Arc.container().requestContext().isActive();
        // a native insert, like the outbox: the kit brings no entity for the service's Hibernate model to validate
        entityManager.createNativeQuery("""
                        insert into %s (occurred_at, entity, entity_id, action, subject, client, request_id,
                                                 before_values, after_values)
                        select :at, :entity, entity_id, :action, :subject, cast(:client as text),
                               cast(:requestId as text),
                               cast(before_values as jsonb), cast(after_values as jsonb)
                        from unnest(cast(:entityIds as text[]), cast(:befores as text[]), cast(:afters as text[]))
                            with ordinality as change(entity_id, before_values, after_values, n)
                        order by n""".formatted(table))
                .setParameter("at", Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter("entity", entity)
                .setParameter("action", action)
                .setParameter("subject", inRequest ? caller.get().subject() : SYSTEM)
                .setParameter("client", inRequest ? caller.get().client().orElse(null) : null)
                .setParameter("requestId", inRequest ? requestId.get().value() : null)
                .setParameter("entityIds", changes.stream().map(Change::entityId).toArray(String[]::new))
                .setParameter("befores", changes.stream().map(change -> serialise(change.before()))
                        .toArray(String[]::new))
                .setParameter("afters", changes.stream().map(change -> serialise(change.after()))
                        .toArray(String[]::new))
                .executeUpdate();
    }

    /** The changes of one kind of thing, or of one of them, newest first. */
    @SuppressWarnings("unchecked")
    public List<AuditEntry> entries(String entity, String entityId, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select sequence, occurred_at, entity, entity_id, action, subject, client, request_id,
                               cast(before_values as text), cast(after_values as text)
                        from %s
                        where entity = :entity and (cast(:entityId as text) is null or entity_id = :entityId)
                        order by sequence desc limit :limit""".formatted(table))
                .setParameter("entity", entity)
                .setParameter("entityId", entityId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(this::entry).toList();
    }

    private AuditEntry entry(Object[] row) {
        return new AuditEntry(((Number) row[0]).longValue(), instant(row[1]), (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7],
                parse((String) row[8]), parse((String) row[9]));
    }

    /** Hibernate 7 reads timestamptz as an Instant; older drivers and dialects as an OffsetDateTime. */
    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    private JsonNode parse(String values) {
        try {
            return values == null ? null : amounts.readTree(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit entry holds no JSON", e);
        }
    }

    private String serialise(Object values) {
        if (values == null) {
            return null;
        }
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audited values are not serialisable: " + values.getClass(), e);
        }
    }
}
