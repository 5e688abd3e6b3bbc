package org.itu.bdt.portfolio.projects.messaging;

import org.itu.bdt.portfolio.projects.partnerreports.PartnerReport;

import java.time.LocalDate;

/** The data of PartnerReportDue and PartnerReportOverdue; {@code overdueSince} is null in PartnerReportDue. */
public record PartnerReportDeadlineEvent(
        String reportId,
        String agreementNumber,
        String projectNumber,
        String partnerId,
        boolean finalReport,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate dueOn,
        LocalDate overdueSince) {

    static PartnerReportDeadlineEvent of(PartnerReport report, LocalDate overdueSince) {
        return new PartnerReportDeadlineEvent(report.id(), report.agreementNumber(), report.projectNumber(),
                report.partnerId(), report.finalReport(), report.periodStart(), report.periodEnd(), report.dueOn(),
                overdueSince);
    }
}
