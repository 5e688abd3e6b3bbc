package org.itu.bdt.portfolio.projects.messaging;

import org.itu.bdt.portfolio.projects.partnerreports.FinancialSummary;
import org.itu.bdt.portfolio.projects.partnerreports.PartnerReport;
import org.itu.bdt.portfolio.projects.partnerreports.PartnerReportRisk;

import java.time.LocalDate;
import java.util.List;

/**
 * The data of PartnerReportSubmitted: the whole report, so that a reader (reporting-service's partner report) has
 * the latest challenges and risks; amounts are decimal strings.
 */
public record PartnerReportSubmittedEvent(
        String reportId,
        String agreementNumber,
        String projectNumber,
        String partnerId,
        boolean finalReport,
        LocalDate dueOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate submittedOn,
        String submittedBy,
        String implementationProgress,
        String challenges,
        List<Risk> risks,
        Money financialSummary) {

    public record Risk(String description, String rating, String mitigation) {

        static Risk of(PartnerReportRisk risk) {
            return new Risk(risk.description(), risk.rating().name(), risk.mitigation());
        }
    }

    public record Money(String currency, String received, String spent, String committed) {

        static Money of(FinancialSummary summary) {
            return new Money(summary.currency(), summary.received().toPlainString(), summary.spent().toPlainString(),
                    summary.committed().toPlainString());
        }
    }

    static PartnerReportSubmittedEvent of(PartnerReport report) {
        return new PartnerReportSubmittedEvent(report.id(), report.agreementNumber(), report.projectNumber(),
                report.partnerId(), report.finalReport(), report.dueOn(), report.reportedPeriodStart(),
                report.reportedPeriodEnd(), report.submittedOn(), report.submittedBy(), report.implementationProgress(),
                report.challenges(), report.risks().stream().map(Risk::of).toList(),
                Money.of(report.financialSummary()));
    }
}
