package org.itu.bdt.portfolio.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Test access to the read model's tables: a fresh start per test, and which events have been applied. */
@ApplicationScoped
public class ReadModelTables {

    private final EntityManager entityManager;

    ReadModelTables(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The tables an event changes; consumed_event aside, all empty after {@link #clear()}. */
    public static final List<String> FACT_TABLES = List.of("project_fact", "agreement_fact", "amendment_fact",
            "cancellation_fact", "status_change_fact", "partner_fact", "instalment_fact", "partner_report_fact",
            "report_schedule_fact", "board_action_fact");

    public void clear() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "truncate consumed_event, project_fact, agreement_fact, amendment_fact, cancellation_fact, "
                        + "status_change_fact, partner_fact, breakdown_ledger, project_membership, initiative_label, "
                        + "region_ledger, region_ledger_year, breakdown_ledger_year, instalment_fact, "
                        + "partner_report_fact, report_schedule_fact, board_action_fact").executeUpdate());
    }

    /** Locks live outside the read model (reporting_admin), so clearing the read model keeps them. */
    public void unlockAllQuarters() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "truncate reporting_admin.quarter_lock").executeUpdate());
    }

    /** Changes a locked report as stored, e.g. as an earlier version wrote it; jsonb to merge into it. */
    public void mergeIntoLockedReport(String period, String jsonb) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update reporting_admin.quarter_lock set report = report || cast(:jsonb as jsonb) "
                                + "where period = :period")
                .setParameter("jsonb", jsonb).setParameter("period", period).executeUpdate());
    }

    /** Runs a statement as someone with direct access to the database would, e.g. against the audit trail. */
    public void execute(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }

    public long consumedOf(Collection<UUID> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from consumed_event where event_id = any(cast(:ids as uuid[]))")
                .setParameter("ids", eventIds.stream().map(UUID::toString).toArray(String[]::new))
                .getSingleResult()).longValue());
    }

    /**
     * Moves one breakdown ledger line by one franc of partner funding, as a lost or doubled update would: its day row
     * and its year's.
     */
    public void driftBreakdown(String dimension, String key) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        with first as (
                            update breakdown_ledger set partner_chf = partner_chf + 1
                            where dimension = :dimension and dimension_key = :key
                              and effective_on = (select min(effective_on) from breakdown_ledger
                                                  where dimension = :dimension and dimension_key = :key)
                            returning effective_on)
                        update breakdown_ledger_year set partner_chf = partner_chf + 1
                        where dimension = :dimension and dimension_key = :key
                          and year = (select cast(extract(year from effective_on) as integer) from first)""")
                .setParameter("dimension", dimension).setParameter("key", key).executeUpdate());
    }

    /** Rows of one of the read model's fact tables (a name of {@link #FACT_TABLES}). */
    public long rows(String table) {
        if (!FACT_TABLES.contains(table)) {
            throw new IllegalArgumentException("not a fact table: " + table);
        }
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from " + table).getSingleResult()).longValue());
    }

    public BigDecimal instalmentChf(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> (BigDecimal) entityManager.createNativeQuery(
                "select chf_amount from instalment_fact where reference = :reference")
                .setParameter("reference", reference).getSingleResult());
    }

    /** A payment as a read model built before InstalmentReceived carried chfAmount holds it: without its CHF. */
    public void instalmentWithoutChf(String reference, String agreementNumber, String projectNumber,
                                     String receivedOn, String amount, String currency) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into instalment_fact (reference, agreement_number, project_number, received_on,
                                                     amount, currency)
                        values (:reference, :agreement, :project, cast(:receivedOn as date), cast(:amount as numeric),
                                :currency)""")
                .setParameter("reference", reference).setParameter("agreement", agreementNumber)
                .setParameter("project", projectNumber).setParameter("receivedOn", receivedOn)
                .setParameter("amount", amount).setParameter("currency", currency).executeUpdate());
    }

    public long ledgerRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from region_ledger").getSingleResult()).longValue());
    }
}
