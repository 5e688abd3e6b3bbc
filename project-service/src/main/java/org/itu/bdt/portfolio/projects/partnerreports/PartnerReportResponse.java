package org.itu.bdt.portfolio.projects.partnerreports;

import java.time.LocalDate;
import java.util.List;

/**
 * A partner report as the API shows it; {@code submission} is null until submitted, the acknowledgement's day and
 * subject null until the partner acknowledged it; amounts are decimal strings.
 */
public record PartnerReportResponse(
        String id,
        String agreementNumber,
        String projectNumber,
        String partnerId,
        int sequence,
        boolean finalReport,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate dueOn,
        LocalDate overdueFrom,
        PartnerReportState state,
        Submission submission,
        LocalDate sentOn,
        LocalDate acknowledgedOn,
        String acknowledgedBy) {

    public record Submission(LocalDate periodStart, LocalDate periodEnd, LocalDate submittedOn, String submittedBy,
                             String implementationProgress, String challenges, List<Risk> risks, Money financialSummary) {
    }

    public record Risk(String description, RiskRating rating, String mitigation) {
    }

    public record Money(String currency, String received, String spent, String committed) {

        static Money of(FinancialSummary summary) {
            return new Money(summary.currency(), summary.received().toPlainString(), summary.spent().toPlainString(),
                    summary.committed().toPlainString());
        }
    }

    static PartnerReportResponse of(PartnerReport report, PartnerReportTerms terms, LocalDate today) {
        return new PartnerReportResponse(report.id(), report.agreementNumber(), report.projectNumber(),
                report.partnerId(), report.sequence(), report.finalReport(), report.periodStart(), report.periodEnd(),
                report.dueOn(), terms.overdueFrom(report.dueOn()), terms.stateOf(report, today), submissionOf(report),
                report.sentOn(), report.acknowledgedOn(), report.acknowledgedBy());
    }

    private static Submission submissionOf(PartnerReport report) {
        if (!report.submitted()) {
            return null;
        }
        List<Risk> risks = report.risks().stream()
                .map(risk -> new Risk(risk.description(), risk.rating(), risk.mitigation())).toList();
        return new Submission(report.reportedPeriodStart(), report.reportedPeriodEnd(), report.submittedOn(),
                report.submittedBy(), report.implementationProgress(), report.challenges(), risks,
                Money.of(report.financialSummary()));
    }
}
