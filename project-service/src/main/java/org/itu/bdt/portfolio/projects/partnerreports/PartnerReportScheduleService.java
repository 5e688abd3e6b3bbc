package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;
import org.itu.bdt.portfolio.projects.lifecycle.LifecycleService;
import org.itu.bdt.portfolio.projects.lifecycle.StatusChange;
import org.itu.bdt.portfolio.projects.registry.Project;
import org.itu.bdt.portfolio.projects.registry.ProjectAgreement;
import org.itu.bdt.portfolio.projects.registry.ProjectAgreementService;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every partner-funded agreement's reporting schedule and its deadlines: created with the agreement, ended by
 * the project's operational closure (a final report) or the agreement's cancellation (nothing due after it).
 * The observers run in the transaction that recorded the change; a change of interval is in the audit trail.
 */
@ApplicationScoped
@Transactional
public class PartnerReportScheduleService {

    private final PartnerReportTerms terms;
    private final Event<PartnerReportScheduleChanged> changed;
    private final AuditTrail audit;

    PartnerReportScheduleService(PartnerReportTerms terms, Event<PartnerReportScheduleChanged> changed,
                                 AuditTrail audit) {
        this.terms = terms;
        this.changed = changed;
        this.audit = audit;
    }

    void agreementRecorded(@Observes ProjectAgreementService.AgreementRecorded recorded) {
        ProjectAgreement agreement = recorded.agreement();
        if (agreement.partnerId() == null) {
            return;
        }
        PartnerReportSchedule schedule = new PartnerReportSchedule(agreement, terms.defaultIntervalMonths());
        schedule.persist();
        plan(schedule);
        announce(schedule);
    }

    void agreementCancelled(@Observes ProjectAgreementService.AgreementCancellationRecorded cancelled) {
        ProjectAgreement agreement = cancelled.agreement();
        PartnerReportSchedule.<PartnerReportSchedule>findByIdOptional(agreement.agreementNumber())
                .filter(schedule -> !schedule.ended())
                .ifPresent(schedule -> {
                    end(schedule, ScheduleEnd.CANCELLATION, agreement.cancelledOn());
                    announce(schedule);
                });
    }

    void projectClosed(@Observes LifecycleService.StatusChanged changed) {
        StatusChange change = changed.change();
        if (change.to() != ProjectStatus.OPERATIONALLY_CLOSED) {
            return;
        }
        for (PartnerReportSchedule schedule : PartnerReportSchedule.openOf(change.projectNumber())) {
            end(schedule, ScheduleEnd.CLOSURE, change.changedOn());
            Optional<PartnerReport> last = lastOf(schedule);
            int sequence = last.map(PartnerReport::sequence).orElse(0) + 1;
            LocalDate periodStart = last.map(PartnerReport::dueOn).orElse(schedule.signedOn());
            PartnerReportCalendar.finalReport(sequence, periodStart, change.changedOn()).stream()
                    .filter(deadline -> terms.tracks(deadline.dueOn()))
                    .forEach(deadline -> schedule.deadline(deadline, true).persist());
            announce(schedule);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerReportSchedule find(String agreementNumber) {
        return PartnerReportSchedule.<PartnerReportSchedule>findByIdOptional(agreementNumber)
                .orElseThrow(() -> new PartnerReportNotFoundException("No partner-report schedule for agreement "
                        + agreementNumber));
    }

    /** A schedule as a caller may see it: a partner's portal only its own partner's, as if no other existed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerReportSchedule findSeenBy(String agreementNumber, Optional<String> partner) {
        PartnerReportSchedule schedule = find(agreementNumber);
        if (partner.filter(partnerId -> !partnerId.equals(schedule.partnerId())).isPresent()) {
            throw new PartnerReportNotFoundException("No partner-report schedule for agreement " + agreementNumber);
        }
        return schedule;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerReport> reportsOf(PartnerReportSchedule schedule) {
        return PartnerReport.ofAgreement(schedule.agreementNumber());
    }

    /**
     * Reports not submitted and not yet due are planned again at the new interval, counted from the last report
     * kept; a report already due stays owed as it was.
     */
    public PartnerReportSchedule changeInterval(String agreementNumber, int months) {
        if (!PartnerReportCalendar.allowedInterval(months)) {
            throw new InvalidPartnerReportException("intervalMonths", "must be from 6 to 12");
        }
        PartnerReportSchedule schedule = PartnerReportSchedule.<PartnerReportSchedule>findByIdOptional(agreementNumber,
                LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new PartnerReportNotFoundException(
                "No partner-report schedule for agreement " + agreementNumber));
        if (schedule.ended()) {
            throw new PartnerReportConflictException("The schedule ended on " + schedule.endedOn()
                    + " (" + schedule.endReason() + "); no deadline is left to move");
        }
        Interval before = intervalOf(schedule);
        schedule.changeInterval(months);
        PartnerReport.delete("agreementNumber = ?1 and submittedOn is null and dueOn > ?2", agreementNumber,
                terms.today());
        plan(schedule);
        audit.record("partner-report-schedule", agreementNumber, "interval-changed", before, intervalOf(schedule));
        announce(schedule);
        return schedule;
    }

    /** Gives every open schedule whose deadlines have all passed its next ones; another instance's rows are skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int extendPassed(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<PartnerReportSchedule> passed = PartnerReportSchedule.getEntityManager().createNativeQuery("""
                        select s.* from partner_report_schedule s where s.ended_on is null
                        and not exists (select 1 from partner_report r
                                        where r.agreement_number = s.agreement_number and r.due_on > :today)
                        for update of s skip locked""", PartnerReportSchedule.class)
                .setParameter("today", today)
                .getResultList();
        passed.forEach(schedule -> {
            plan(schedule);
            announce(schedule);
        });
        return passed.size();
    }

    /**
     * Adds the deadlines after the last one kept, up to the project's end date or today, and the next one; none due
     * before the tracked-from date.
     */
    private void plan(PartnerReportSchedule schedule) {
        Optional<PartnerReport> last = lastOf(schedule);
        LocalDate anchor = last.map(PartnerReport::dueOn).orElse(schedule.signedOn());
        int sequence = last.map(PartnerReport::sequence).orElse(0) + 1;
        PartnerReportCalendar.deadlines(anchor, sequence, schedule.intervalMonths(), horizonOf(schedule)).stream()
                .filter(deadline -> terms.tracks(deadline.dueOn()))
                .forEach(deadline -> schedule.deadline(deadline, false).persist());
    }

    private LocalDate horizonOf(PartnerReportSchedule schedule) {
        LocalDate today = terms.today();
        return Project.<Project>findByIdOptional(schedule.projectNumber())
                .map(project -> project.details().endDate())
                .filter(today::isBefore)
                .orElse(today);
    }

    /** The interval and the due dates of the reports still owed, as the audit trail keeps them. */
    private static Interval intervalOf(PartnerReportSchedule schedule) {
        return new Interval(schedule.intervalMonths(), PartnerReport.owedOn(schedule.agreementNumber()));
    }

    record Interval(int intervalMonths, List<LocalDate> owedOn) {
    }

    /** Tells the other services the schedule's interval, the deadlines still owed and its end. */
    private void announce(PartnerReportSchedule schedule) {
        changed.fire(new PartnerReportScheduleChanged(schedule, reportsOf(schedule).stream()
                .filter(report -> !report.submitted()).toList()));
    }

    private static void end(PartnerReportSchedule schedule, ScheduleEnd reason, LocalDate on) {
        schedule.end(reason, on);
        PartnerReport.delete("agreementNumber = ?1 and submittedOn is null and dueOn > ?2",
                schedule.agreementNumber(), on);
    }

    private static Optional<PartnerReport> lastOf(PartnerReportSchedule schedule) {
        return PartnerReport.<PartnerReport>find("agreementNumber = ?1 order by sequence desc",
                schedule.agreementNumber()).firstResultOptional();
    }
}
