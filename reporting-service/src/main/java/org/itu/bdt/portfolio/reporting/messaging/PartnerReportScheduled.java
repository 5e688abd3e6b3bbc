package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.monitoring.ReportSchedule;

import java.time.LocalDate;
import java.util.List;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/** Data of PartnerReportScheduled: an agreement's reporting schedule as it now stands. */
record PartnerReportScheduled(String agreementNumber, String projectNumber, String partnerId, Integer intervalMonths,
                              List<ReportSchedule.Deadline> deadlines, LocalDate endedOn) {

    ReportSchedule toFact() {
        return new ReportSchedule(required(agreementNumber, "agreementNumber"),
                required(projectNumber, "projectNumber"),
                partnerId, required(intervalMonths, "intervalMonths"), deadlines == null ? List.of() : deadlines,
                endedOn);
    }
}
