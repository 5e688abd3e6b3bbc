package org.itu.bdt.portfolio.projects.partnerreports;

import java.time.LocalDate;
import java.util.List;

/** What the project manager submits for a partner report. */
public record PartnerReportSubmission(
        LocalDate periodStart,
        LocalDate periodEnd,
        String implementationProgress,
        String challenges,
        List<PartnerReportRisk> risks,
        FinancialSummary financialSummary,
        String submittedBy) {
}
