package org.itu.bdt.portfolio.funding.agreements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.itu.bdt.portfolio.funding.money.Amount;
import org.itu.bdt.portfolio.funding.money.CurrencyCode;

import java.math.BigDecimal;
import java.time.LocalDate;

public record SignAgreementRequest(
        @Pattern(regexp = Agreement.NUMBER_PATTERN) String agreementNumber,
        @NotNull @Pattern(regexp = Agreement.PROJECT_NUMBER_PATTERN) String projectNumber,
        String partnerId,
        @NotNull FundingSource fundingSource,
        @NotNull @CurrencyCode String currency,
        @NotNull @Amount BigDecimal originalAmount,
        @Amount BigDecimal chfAmount,
        @NotNull LocalDate signedOn,
        @Valid RateOverrideRequest rateOverride,
        AgreementKind kind,
        ContributionType contribution) {

    AgreementTerms toTerms() {
        return new AgreementTerms(agreementNumber, projectNumber, fundingSource, partnerId, currency,
                originalAmount, chfAmount, signedOn, rateOverride == null ? null : rateOverride.toOverride(),
                kind, contribution);
    }
}
