package org.itu.bdt.portfolio.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.UUID;

/** Test access to the read model's tables: a fresh start per test, and which events have been applied. */
@ApplicationScoped
public class ReadModelTables {

    private final EntityManager entityManager;

    ReadModelTables(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void clear() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "truncate consumed_event, project_fact, agreement_fact, amendment_fact, cancellation_fact, "
                        + "status_change_fact, partner_fact, breakdown_ledger, project_membership, initiative_label, "
                        + "region_ledger, instalment_fact, partner_report_fact, report_schedule_fact, "
                        + "board_action_fact").executeUpdate());
    }

    /** Locks live outside the read model (reporting_admin), so clearing the read model keeps them. */
    public void unlockAllQuarters() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "truncate reporting_admin.quarter_lock").executeUpdate());
    }

    public long consumedOf(Collection<UUID> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from consumed_event where event_id = any(cast(:ids as uuid[]))")
                .setParameter("ids", eventIds.stream().map(UUID::toString).toArray(String[]::new))
                .getSingleResult()).longValue());
    }

    /** Moves one breakdown ledger row by one franc of partner funding, as a lost or doubled update would. */
    public void driftBreakdown(String dimension, String key) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        update breakdown_ledger set partner_chf = partner_chf + 1
                        where dimension = :dimension and dimension_key = :key
                          and effective_on = (select min(effective_on) from breakdown_ledger
                                              where dimension = :dimension and dimension_key = :key)""")
                .setParameter("dimension", dimension).setParameter("key", key).executeUpdate());
    }

    public long ledgerRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from region_ledger").getSingleResult()).longValue());
    }
}
