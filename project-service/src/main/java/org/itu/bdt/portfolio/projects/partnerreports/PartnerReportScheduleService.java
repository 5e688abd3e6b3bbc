package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
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
 * The observers run in the transaction that recorded the change.
 */
@ApplicationScoped
@Transactional
public class PartnerReportScheduleService {

    private final PartnerReportTerms terms;
    private final Event<PartnerReportScheduleChanged> changed;

    PartnerReportScheduleService(PartnerReportTerms terms, Event<PartnerReportScheduleChanged> changed) {
        this.terms = terms;
        this.changed = changed;
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
        schedule.changeInterval(months);
        PartnerReport.delete("agreementNumber = ?1 and submittedOn is null and dueOn > ?2", agreementNumber,
                terms.today());
        plan(schedule);
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
