package org.itu.bdt.portfolio.projects.messaging;

import org.itu.bdt.portfolio.projects.partnerreports.PartnerReport;

import java.time.LocalDate;

/** The data of PartnerReportSent: the submitted report went to its partner on {@code sentOn}. */
public record PartnerReportSentEvent(
        String reportId,
        String agreementNumber,
        String projectNumber,
        String partnerId,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate sentOn) {

    static PartnerReportSentEvent of(PartnerReport report) {
        return new PartnerReportSentEvent(report.id(), report.agreementNumber(), report.projectNumber(),
                report.partnerId(), report.reportedPeriodStart(), report.reportedPeriodEnd(), report.sentOn());
    }
}
