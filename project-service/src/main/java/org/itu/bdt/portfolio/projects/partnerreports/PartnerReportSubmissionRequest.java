package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Body of POST /api/partner-reports/{id}/submission. */
public record PartnerReportSubmissionRequest(
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotBlank @Size(max = 20000) String implementationProgress,
        @Size(max = 20000) String challenges,
        @Size(max = 50) List<@NotNull @Valid Risk> risks,
        @NotNull @Valid Money financialSummary,
        @NotBlank @Size(max = 200) String submittedBy) {

    public record Risk(@NotBlank @Size(max = 2000) String description, @NotNull RiskRating rating,
                       @Size(max = 2000) String mitigation) {
    }

    /** Exact amounts in the agreement's currency: at most two decimals, never negative. */
    public record Money(@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
                        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal received,
                        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal spent,
                        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal committed) {
    }

    PartnerReportSubmission toSubmission() {
        List<PartnerReportRisk> namedRisks = Objects.requireNonNullElse(risks, List.<Risk>of()).stream()
                .map(risk -> new PartnerReportRisk(risk.description(), risk.rating(), risk.mitigation()))
                .toList();
        return new PartnerReportSubmission(periodStart, periodEnd, implementationProgress, challenges, namedRisks,
                new FinancialSummary(financialSummary.currency(), financialSummary.received(), financialSummary.spent(),
                        financialSummary.committed()), submittedBy.strip());
    }
}
