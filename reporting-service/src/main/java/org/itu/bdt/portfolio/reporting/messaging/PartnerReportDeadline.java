package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.monitoring.OwedReport;

import java.time.LocalDate;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/** Data of PartnerReportDue and PartnerReportOverdue; overdueSince is null in the first. */
record PartnerReportDeadline(String reportId, String agreementNumber, String projectNumber, String partnerId,
                             Boolean finalReport, LocalDate dueOn, LocalDate overdueSince) {

    OwedReport toFact() {
        return new OwedReport(required(reportId, "reportId"), required(agreementNumber, "agreementNumber"),
                required(projectNumber, "projectNumber"), partnerId, Boolean.TRUE.equals(finalReport),
                required(dueOn, "dueOn"), overdueSince);
    }
}
