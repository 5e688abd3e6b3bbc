package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, lists, submits and sends partner reports, and records a partner's acknowledgement; each of these changes is
 * in the audit trail. Reads join the caller's transaction if there is one.
 */
@ApplicationScoped
@Transactional
public class PartnerReportService {

    private static final String AUDITED_AS = "partner-report";

    private final PartnerReportTerms terms;
    private final Event<PartnerReportMilestone> milestones;
    private final AuditTrail audit;

    PartnerReportService(PartnerReportTerms terms, Event<PartnerReportMilestone> milestones, AuditTrail audit) {
        this.terms = terms;
        this.milestones = milestones;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerReport find(String id) {
        return PartnerReport.<PartnerReport>findByIdOptional(id)
                .orElseThrow(() -> new PartnerReportNotFoundException("No partner report " + id));
    }

    /** A report as a caller may see it: a partner's portal only those addressed to it, as if no other existed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerReport findSeenBy(String id, Optional<String> partner) {
        return seenBy(find(id), partner);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerReport> list(PartnerReportQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.status() != null) {
            where.add(statusCondition(query.status(), terms.today(), parameters));
        }
        if (query.partnerId() != null) {
            where.add("partnerId = :partnerId");
            parameters.put("partnerId", query.partnerId());
        }
        if (query.seenBy() != null) {
            where.add("partnerId = :seenBy");
            parameters.put("seenBy", query.seenBy());
        }
        if (query.projectNumber() != null) {
            where.add("projectNumber = :projectNumber");
            parameters.put("projectNumber", query.projectNumber());
        }
        if (query.projectManager() != null) {
            where.add("projectNumber in (select p.projectNumber from Project p where p.projectManager = :manager)");
            parameters.put("manager", query.projectManager());
        }
        String order = "order by dueOn, id";
        return PartnerReport.list(where.isEmpty() ? order : String.join(" and ", where) + " " + order, parameters);
    }

    public PartnerReport submit(String id, PartnerReportSubmission submission) {
        if (submission.periodEnd().isBefore(submission.periodStart())) {
            throw new InvalidPartnerReportException("periodEnd", "must not be before periodStart");
        }
        PartnerReport report = find(id);
        // one submission at a time per agreement, so two overlapping periods cannot both pass the check
        PartnerReportSchedule.findById(report.agreementNumber(), LockModeType.PESSIMISTIC_WRITE);
        if (report.submitted()) {
            throw new PartnerReportConflictException("Report " + id + " was submitted on " + report.submittedOn());
        }
        PartnerReport.ofAgreement(report.agreementNumber()).stream()
                .filter(other -> other.reportedPeriodOverlaps(submission.periodStart(), submission.periodEnd()))
                .findFirst()
                .ifPresent(other -> {
                    throw new PartnerReportConflictException("The period overlaps report "
                            + other.id() + " (" + other.reportedPeriodStart() + " to " + other.reportedPeriodEnd() + ")");
                });
        report.submit(submission, terms.today());
        audit.record(AUDITED_AS, id, "submitted", null, Submitted.of(report));
        milestones.fire(new PartnerReportMilestone(report, PartnerReportMilestone.Step.SUBMITTED));
        return report;
    }

    public PartnerReport markSent(String id, LocalDate sentOn) {
        PartnerReport report = findForUpdate(id);
        if (!report.submitted()) {
            throw new PartnerReportConflictException("Report " + id + " is not submitted yet");
        }
        if (report.sentOn() != null) {
            throw new PartnerReportConflictException("Report " + id + " was sent on "
                    + report.sentOn());
        }
        if (sentOn.isBefore(report.submittedOn()) || sentOn.isAfter(terms.today())) {
            throw new InvalidPartnerReportException("sentOn", "must be from the submission date ("
                    + report.submittedOn() + ") to today");
        }
        report.markSent(sentOn);
        audit.record(AUDITED_AS, id, "sent", null, new Sent(sentOn));
        milestones.fire(new PartnerReportMilestone(report, PartnerReportMilestone.Step.SENT));
        return report;
    }

    /**
     * The partner confirms it received a sent report. The first acknowledgement is the one kept: a portal retrying
     * after a timeout gets the report as it stands, with no second entry in the trail and no second event.
     */
    public PartnerReport acknowledge(String id, Optional<String> partner, String by) {
        PartnerReport report = seenBy(findForUpdate(id), partner);
        if (report.sentOn() == null) {
            throw new PartnerReportConflictException("Report " + id + " was not sent yet");
        }
        if (report.acknowledged()) {
            return report;
        }
        report.acknowledge(by, terms.today());
        audit.record(AUDITED_AS, id, "acknowledged", null, new Acknowledged(report.acknowledgedOn(), by));
        milestones.fire(new PartnerReportMilestone(report, PartnerReportMilestone.Step.ACKNOWLEDGED));
        return report;
    }

    /** Locked until the transaction ends, so that two requests cannot both make the same step. */
    private static PartnerReport findForUpdate(String id) {
        return PartnerReport.<PartnerReport>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new PartnerReportNotFoundException("No partner report " + id));
    }

    /** A partner's portal sees only the reports addressed to it: any other is not found, as if absent. */
    private static PartnerReport seenBy(PartnerReport report, Optional<String> partner) {
        if (partner.filter(partnerId -> !partnerId.equals(report.partnerId())).isPresent()) {
            throw new PartnerReportNotFoundException("No partner report " + report.id());
        }
        return report;
    }

    /**
     * A submission as the audit trail keeps it: its period, who submitted it when, the money and the risks' ratings
     * (the narrative is the report's own, never changed after).
     */
    record Submitted(LocalDate periodStart, LocalDate periodEnd, LocalDate submittedOn, String submittedBy,
                     String currency, String received, String spent, String committed, List<RiskRating> risks) {

        static Submitted of(PartnerReport report) {
            FinancialSummary money = report.financialSummary();
            return new Submitted(report.reportedPeriodStart(), report.reportedPeriodEnd(), report.submittedOn(),
                    report.submittedBy(), money.currency(), money.received().toPlainString(),
                    money.spent().toPlainString(), money.committed().toPlainString(),
                    report.risks().stream().map(PartnerReportRisk::rating).toList());
        }
    }

    record Sent(LocalDate sentOn) {
    }

    record Acknowledged(LocalDate acknowledgedOn, String acknowledgedBy) {
    }

    private String statusCondition(PartnerReportQuery.Status status, LocalDate today, Map<String, Object> parameters) {
        return switch (status) {
            case DUE -> onDay(parameters, today, "submittedOn is null and dueOn <= :day");
            case OVERDUE -> onDay(parameters, terms.overdueIfDueBefore(today), "submittedOn is null and dueOn < :day");
            case UPCOMING -> {
                parameters.put("until", terms.upcomingUntil(today));
                yield onDay(parameters, today, "submittedOn is null and dueOn > :day and dueOn <= :until");
            }
            case SUBMITTED -> "submittedOn is not null";
        };
    }

    private static String onDay(Map<String, Object> parameters, LocalDate day, String condition) {
        parameters.put("day", day);
        return condition;
    }
}
