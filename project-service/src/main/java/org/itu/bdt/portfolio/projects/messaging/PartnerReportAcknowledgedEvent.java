package org.itu.bdt.portfolio.projects.messaging;

import org.itu.bdt.portfolio.projects.partnerreports.PartnerReport;

import java.time.LocalDate;

/** The data of PartnerReportAcknowledged: the partner confirmed on {@code acknowledgedOn} it received the report. */
public record PartnerReportAcknowledgedEvent(
        String reportId,
        String agreementNumber,
        String projectNumber,
        String partnerId,
        LocalDate sentOn,
        LocalDate acknowledgedOn,
        String acknowledgedBy) {

    static PartnerReportAcknowledgedEvent of(PartnerReport report) {
        return new PartnerReportAcknowledgedEvent(report.id(), report.agreementNumber(), report.projectNumber(),
                report.partnerId(), report.sentOn(), report.acknowledgedOn(), report.acknowledgedBy());
    }
}
