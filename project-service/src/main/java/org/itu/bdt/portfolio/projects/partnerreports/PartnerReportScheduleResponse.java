package org.itu.bdt.portfolio.projects.partnerreports;

import java.time.LocalDate;
import java.util.List;

/** An agreement's reporting schedule with its deadlines, oldest first. */
public record PartnerReportScheduleResponse(
        String agreementNumber,
        String projectNumber,
        String partnerId,
        LocalDate signedOn,
        int intervalMonths,
        LocalDate endedOn,
        ScheduleEnd endReason,
        List<PartnerReportResponse> reports) {

    static PartnerReportScheduleResponse of(PartnerReportSchedule schedule, List<PartnerReport> reports,
                                            PartnerReportTerms terms) {
        LocalDate today = terms.today();
        return new PartnerReportScheduleResponse(schedule.agreementNumber(), schedule.projectNumber(),
                schedule.partnerId(), schedule.signedOn(), schedule.intervalMonths(), schedule.endedOn(),
                schedule.endReason(), reports.stream().map(report -> PartnerReportResponse.of(report, terms, today))
                .toList());
    }
}
