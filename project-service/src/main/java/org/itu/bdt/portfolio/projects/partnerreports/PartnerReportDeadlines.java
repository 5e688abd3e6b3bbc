package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Announces deadlines once: a batch of reports is locked (rows another instance holds are skipped), each one's
 * emission flag is set and its event fired in the caller's transaction, so the flag and the outbox row commit together.
 * A day missed while the service was down is caught up by the next run: the queries look for every date up to today.
 */
@ApplicationScoped
public class PartnerReportDeadlines {

    static final int BATCH_SIZE = 100;

    private final PartnerReportTerms terms;
    private final Event<PartnerReportMilestone> milestones;

    PartnerReportDeadlines(PartnerReportTerms terms, Event<PartnerReportMilestone> milestones) {
        this.terms = terms;
        this.milestones = milestones;
    }

    /** Announces up to a batch of reports due by {@code today}; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int announceDue(LocalDate today) {
        List<PartnerReport> due = locked("""
                select * from partner_report where due_announced_at is null and submitted_on is null
                and due_on <= :day order by due_on, id limit :batch for update skip locked""", today);
        Instant now = Instant.now();
        due.forEach(report -> {
            report.announceDue(now);
            milestones.fire(new PartnerReportMilestone(report, PartnerReportMilestone.Step.DUE));
        });
        return due.size();
    }

    /** Announces up to a batch of reports overdue on {@code today}, each after its due announcement; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int announceOverdue(LocalDate today) {
        List<PartnerReport> overdue = locked("""
                select * from partner_report where overdue_announced_at is null and submitted_on is null
                and due_announced_at is not null and due_on < :day
                order by due_on, id limit :batch for update skip locked""", terms.overdueIfDueBefore(today));
        Instant now = Instant.now();
        overdue.forEach(report -> {
            report.announceOverdue(now);
            milestones.fire(new PartnerReportMilestone(report, PartnerReportMilestone.Step.OVERDUE));
        });
        return overdue.size();
    }

    @SuppressWarnings("unchecked")
    private static List<PartnerReport> locked(String sql, LocalDate day) {
        return PartnerReport.getEntityManager().createNativeQuery(sql, PartnerReport.class)
                .setParameter("day", day)
                .setParameter("batch", BATCH_SIZE)
                .getResultList();
    }
}
