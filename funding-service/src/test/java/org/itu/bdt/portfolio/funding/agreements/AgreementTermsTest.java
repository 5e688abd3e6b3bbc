package org.itu.bdt.portfolio.funding.agreements;

import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.funding.rates.RateOverride;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTermsTest {
    private static final LocalDate SIGNED = LocalDate.parse("2023-11-26");

    @Test
    void aChfAgreementMayRepeatItsAmountAsChfAmount() {
        AgreementTerms terms = new AgreementTerms(null, "7BTN23069", FundingSource.ITU, null, "CHF",
                new BigDecimal("10.00"), new BigDecimal("10"), SIGNED, null, null, null);

        assertThat(terms.chfAmount()).isEqualByComparingTo("10.00");
    }

    @Test
    void aChfAgreementWithAnotherChfAmountIsInvalid() {
        assertThatThrownBy(() -> new AgreementTerms(null, "7BTN23069", FundingSource.ITU, null, "CHF",
                new BigDecimal("10.00"), new BigDecimal("10.01"), SIGNED, null, null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("chfAmount", "must equal originalAmount when currency is CHF")));
    }

    @Test
    void anotherCurrencyLeavesTheChfAmountToTheConversion() {
        AgreementTerms terms = new AgreementTerms(null, "7BTN23069", FundingSource.PARTNER, "JP-MIC", "JPY",
                new BigDecimal("73000000"), null, SIGNED, null, null, null);

        assertThat(terms.chfAmount()).isNull();
    }

    @Test
    void anItuAgreementWithAPartnerIsInvalidAlongWithEveryOtherFieldError() {
        assertThatThrownBy(() -> new AgreementTerms(null, "7BTN23069", FundingSource.ITU, "JP-MIC", "JPY",
                new BigDecimal("1.50"), null, SIGNED, null, null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("partnerId", "must be absent when fundingSource is ITU"),
                        new FieldError("originalAmount", "must have no decimals: JPY has no minor units")));
    }

    @Test
    void aRateOverrideOnAChfAgreementIsInvalid() {
        assertThatThrownBy(() -> new AgreementTerms(null, "7BTN23069", FundingSource.ITU, null, "CHF",
                new BigDecimal("1.00"), null, SIGNED, new RateOverride(BigDecimal.ONE, "no reason"),
                null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("rateOverride", "must be absent when currency is CHF")));
    }

    @Test
    void aPartnerAgreementWithoutPartnerBreaksARule() {
        assertThatThrownBy(() -> new AgreementTerms(null, "7BTN23069", FundingSource.PARTNER, null, "CHF",
                new BigDecimal("1.00"), null, SIGNED, null, null, null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("partnerId", "is required when fundingSource is PARTNER")));
    }
}
