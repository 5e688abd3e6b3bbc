package org.itu.bdt.portfolio.reporting.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.itu.bdt.portfolio.reporting.platform.JsonConfiguration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The facts of partner and quarterly monitoring: instalments, partner reports, schedules and board actions. Each is
 * an upsert keyed by its own id, so a redelivered or reordered event ends on the same row.
 */
@ApplicationScoped
public class MonitoringFacts {

    private static final TypeReference<List<ReportedRisk>> RISKS = new TypeReference<>() {
    };
    private static final TypeReference<List<ReportSchedule.Deadline>> DEADLINES = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    /** Reads stored risks and deadlines tolerantly: rows an earlier version wrote may hold fields it dropped. */
    private final ObjectMapper json;

    MonitoringFacts(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = JsonConfiguration.tolerant(json);
    }

    /**
     * Keyed by the finance system's reference, not by the event: the same payment published again under another
     * event id (funding-service's republication with its booked CHF) ends on the same row, with that CHF.
     */
    public void save(Instalment instalment) {
        entityManager.createNativeQuery("""
                        insert into instalment_fact (reference, agreement_number, project_number, partner_id,
                                                     received_on, amount, chf_amount, currency)
                        values (:reference, :agreement, :project, :partner, :receivedOn, :amount, :chf, :currency)
                        on conflict (reference) do update set agreement_number = excluded.agreement_number,
                        project_number = excluded.project_number, partner_id = excluded.partner_id,
                        received_on = excluded.received_on, amount = excluded.amount,
                        chf_amount = excluded.chf_amount, currency = excluded.currency""")
                .setParameter("reference", instalment.reference())
                .setParameter("agreement", instalment.agreementNumber())
                .setParameter("project", instalment.projectNumber())
                .setParameter("partner", instalment.partnerId())
                .setParameter("receivedOn", instalment.receivedOn())
                .setParameter("amount", instalment.amount())
                .setParameter("chf", instalment.chf())
                .setParameter("currency", instalment.currency())
                .executeUpdate();
    }

    /** A due or overdue report; an overdue date once known is kept whichever event comes last. */
    public void save(OwedReport report) {
        upsertReport(report, "overdue_since = coalesce(excluded.overdue_since, partner_report_fact.overdue_since)");
    }

    public void save(OwedReport.Submission submission) {
        upsertReport(submission.report(), "final_report = excluded.final_report");
        entityManager.createNativeQuery("""
                        update partner_report_fact set submitted_on = :submittedOn, challenges = :challenges,
                        risks = cast(:risks as jsonb) where report_id = :report""")
                .setParameter("submittedOn", submission.submittedOn())
                .setParameter("challenges", submission.challenges())
                .setParameter("risks", write(submission.risks()))
                .setParameter("report", submission.report().reportId())
                .executeUpdate();
    }

    private void upsertReport(OwedReport report, String onConflict) {
        entityManager.createNativeQuery("""
                        insert into partner_report_fact (report_id, agreement_number, project_number, partner_id,
                                                         final_report, due_on, overdue_since)
                        values (:report, :agreement, :project, :partner, :finalReport, :dueOn, :overdueSince)
                        on conflict (report_id) do update set\s""" + onConflict)
                .setParameter("report", report.reportId())
                .setParameter("agreement", report.agreementNumber())
                .setParameter("project", report.projectNumber())
                .setParameter("partner", report.partnerId())
                .setParameter("finalReport", report.finalReport())
                .setParameter("dueOn", report.dueOn())
                .setParameter("overdueSince", report.overdueSince())
                .executeUpdate();
    }

    /** The schedule as last announced replaces what was known of it (its events share the project's key). */
    public void save(ReportSchedule schedule) {
        entityManager.createNativeQuery("""
                        insert into report_schedule_fact (agreement_number, project_number, partner_id,
                                                          interval_months, deadlines, ended_on)
                        values (:agreement, :project, :partner, :interval, cast(:deadlines as jsonb), :endedOn)
                        on conflict (agreement_number) do update set interval_months = excluded.interval_months,
                        deadlines = excluded.deadlines, ended_on = excluded.ended_on""")
                .setParameter("agreement", schedule.agreementNumber())
                .setParameter("project", schedule.projectNumber())
                .setParameter("partner", schedule.partnerId())
                .setParameter("interval", schedule.intervalMonths())
                .setParameter("deadlines", write(schedule.deadlines()))
                .setParameter("endedOn", schedule.endedOn())
                .executeUpdate();
    }

    /** Opened by its decision (openedOn known) or changed later; DONE is final whatever arrives after it. */
    public void save(BoardAction action) {
        entityManager.createNativeQuery("""
                        insert into board_action_fact (action_id, project_number, opened_on, due_on, status,
                                                       completed_on)
                        values (:action, :project, :openedOn, :dueOn, :status, :completedOn)
                        on conflict (action_id) do update set
                        opened_on = coalesce(excluded.opened_on, board_action_fact.opened_on),
                        due_on = excluded.due_on,
                        status = case when board_action_fact.status = 'DONE' then 'DONE' else excluded.status end,
                        completed_on = coalesce(board_action_fact.completed_on, excluded.completed_on)""")
                .setParameter("action", action.actionId())
                .setParameter("project", action.projectNumber())
                .setParameter("openedOn", action.openedOn())
                .setParameter("dueOn", action.dueOn())
                .setParameter("status", action.status())
                .setParameter("completedOn", action.completedOn())
                .executeUpdate();
    }

    public List<Instalment> instalmentsOf(Collection<String> agreementNumbers, LocalDate asOf) {
        return instalments("agreement_number = any(cast(:agreements as text[])) and received_on <= :to",
                agreementNumbers.toArray(String[]::new), LocalDate.MIN, asOf);
    }

    public List<Instalment> instalmentsReceived(LocalDate from, LocalDate to) {
        return instalments("received_on >= :from and received_on <= :to", null, from, to);
    }

    private List<Instalment> instalments(String condition, String[] agreements, LocalDate from, LocalDate to) {
        var query = entityManager.createNativeQuery("select * from instalment_fact where " + condition
                + " order by received_on, reference", Tuple.class);
        if (agreements != null) {
            query.setParameter("agreements", agreements);
        } else {
            query.setParameter("from", from);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.setParameter("to", to).getResultList();
        return rows.stream().map(row -> new Instalment(row.get("reference", String.class),
                row.get("agreement_number", String.class), row.get("project_number", String.class),
                row.get("partner_id", String.class), date(row, "received_on"),
                row.get("amount", BigDecimal.class), row.get("chf_amount", BigDecimal.class),
                row.get("currency", String.class))).toList();
    }

    /** Every report of the agreements known by the date, submitted or not. */
    public List<OwedReport.Submission> reportsOf(Collection<String> agreementNumbers) {
        return reports("agreement_number = any(cast(:agreements as text[]))", "agreements",
                agreementNumbers.toArray(String[]::new));
    }

    /** The reports overdue at the date: past their overdue date and not submitted by then. */
    public List<OwedReport.Submission> overdueAt(LocalDate date) {
        return reports("overdue_since <= :date and (submitted_on is null or submitted_on > :date)", "date", date);
    }

    private List<OwedReport.Submission> reports(String condition, String parameter, Object value) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("select report_id, agreement_number, project_number, "
                        + "partner_id, final_report, due_on, overdue_since, submitted_on, challenges, "
                        + "cast(risks as text) risks from partner_report_fact where " + condition
                        + " order by report_id", Tuple.class)
                .setParameter(parameter, value).getResultList();
        return rows.stream().map(row -> new OwedReport.Submission(new OwedReport(row.get("report_id", String.class),
                row.get("agreement_number", String.class), row.get("project_number", String.class),
                row.get("partner_id", String.class), row.get("final_report", Boolean.class),
                date(row, "due_on"), date(row, "overdue_since")),
                date(row, "submitted_on"), row.get("challenges", String.class),
                read(row.get("risks", String.class), RISKS))).toList();
    }

    public List<ReportSchedule> schedulesOf(Collection<String> agreementNumbers) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select agreement_number, project_number, partner_id, interval_months,
                        cast(deadlines as text) deadlines, ended_on from report_schedule_fact
                        where agreement_number = any(cast(:agreements as text[]))""", Tuple.class)
                .setParameter("agreements", agreementNumbers.toArray(String[]::new)).getResultList();
        return rows.stream().map(row -> new ReportSchedule(row.get("agreement_number", String.class),
                row.get("project_number", String.class), row.get("partner_id", String.class),
                row.get("interval_months", Integer.class), read(row.get("deadlines", String.class), DEADLINES),
                date(row, "ended_on"))).toList();
    }

    /** The actions open at the date. */
    public List<BoardAction> actionsOpenAt(LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select * from board_action_fact where opened_on <= :date
                        and (completed_on is null or completed_on > :date) order by action_id""", Tuple.class)
                .setParameter("date", date).getResultList();
        return rows.stream().map(row -> new BoardAction(row.get("action_id", Long.class),
                row.get("project_number", String.class), date(row, "opened_on"),
                date(row, "due_on"), row.get("status", String.class),
                date(row, "completed_on"))).toList();
    }

    private static LocalDate date(Tuple row, String column) {
        Object value = row.get(column);
        return value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
