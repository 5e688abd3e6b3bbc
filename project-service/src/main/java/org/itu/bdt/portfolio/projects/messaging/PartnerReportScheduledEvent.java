package org.itu.bdt.portfolio.projects.messaging;

import org.itu.bdt.portfolio.projects.partnerreports.PartnerReport;
import org.itu.bdt.portfolio.projects.partnerreports.PartnerReportSchedule;
import org.itu.bdt.portfolio.projects.partnerreports.PartnerReportScheduleChanged;

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
