package org.itu.bdt.portfolio.projects.events;

import org.itu.bdt.portfolio.projects.domain.PartnerReport;
import org.itu.bdt.portfolio.projects.domain.PartnerReportScheduleChanged;
import org.itu.bdt.portfolio.projects.domain.PartnerReportSchedule;

import java.time.LocalDate;
import java.util.List;

/** The data of PartnerReportScheduled: an agreement's schedule as it now stands, with its deadlines still owed. */
public record PartnerReportScheduledEvent(
        String agreementNumber,
        String projectNumber,
        String partnerId,
        int intervalMonths,
        List<Deadline> deadlines,
        LocalDate endedOn) {

    public record Deadline(String reportId, LocalDate dueOn) {
    }

    static PartnerReportScheduledEvent of(PartnerReportScheduleChanged changed) {
        PartnerReportSchedule schedule = changed.schedule();
        return new PartnerReportScheduledEvent(schedule.agreementNumber(), schedule.projectNumber(),
                schedule.partnerId(), schedule.intervalMonths(),
                changed.open().stream().map(PartnerReportScheduledEvent::deadline).toList(), schedule.endedOn());
    }

    private static Deadline deadline(PartnerReport report) {
        return new Deadline(report.id(), report.dueOn());
    }
}
