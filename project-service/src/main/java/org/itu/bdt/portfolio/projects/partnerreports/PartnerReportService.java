package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds, lists, submits and sends partner reports; reads join the caller's transaction if there is one. */
@ApplicationScoped
@Transactional
public class PartnerReportService {

    private final PartnerReportTerms terms;
    private final Event<PartnerReportMilestone> milestones;

    PartnerReportService(PartnerReportTerms terms, Event<PartnerReportMilestone> milestones) {
        this.terms = terms;
        this.milestones = milestones;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerReport find(String id) {
        return PartnerReport.<PartnerReport>findByIdOptional(id)
                .orElseThrow(() -> new PartnerReportNotFoundException("No partner report " + id));
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
        milestones.fire(new PartnerReportMilestone(report, PartnerReportMilestone.Step.SUBMITTED));
        return report;
    }

    public PartnerReport markSent(String id, LocalDate sentOn) {
        PartnerReport report = PartnerReport.<PartnerReport>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new PartnerReportNotFoundException("No partner report " + id));
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
        milestones.fire(new PartnerReportMilestone(report, PartnerReportMilestone.Step.SENT));
        return report;
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
