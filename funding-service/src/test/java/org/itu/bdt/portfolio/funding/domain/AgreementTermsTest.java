package org.itu.bdt.portfolio.funding.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTermsTest {
    private static final LocalDate SIGNED = LocalDate.parse("2023-11-26");

    @Test
    void aChfAgreementTakesItsChfAmountFromTheOriginal() {
        AgreementTerms terms = new AgreementTerms(null, "7BTN23069", FundingSource.ITU, null, "CHF",
                new BigDecimal("187635.00"), null, SIGNED, null, null);

        assertThat(terms.chfAmount()).isEqualByComparingTo("187635.00");
    }

    @Test
    void aChfAgreementMayRepeatItsAmountAsChfAmount() {
        AgreementTerms terms = new AgreementTerms(null, "7BTN23069", FundingSource.ITU, null, "CHF",
                new BigDecimal("10.00"), new BigDecimal("10"), SIGNED, null, null);

        assertThat(terms.chfAmount()).isEqualByComparingTo("10.00");
    }

    @Test
    void aChfAgreementWithAnotherChfAmountIsInvalid() {
        assertThatThrownBy(() -> new AgreementTerms(null, "7BTN23069", FundingSource.ITU, null, "CHF",
                new BigDecimal("10.00"), new BigDecimal("10.01"), SIGNED, null, null))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("chfAmount", "must equal originalAmount when currency is CHF")));
    }

    @Test
    void anotherCurrencyNeedsTheChfAmount() {
        assertThatThrownBy(() -> new AgreementTerms(null, "7BTN23069", FundingSource.PARTNER, "JP-MIC", "JPY",
                new BigDecimal("73000000"), null, SIGNED, null, null))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("chfAmount", "is required when currency is not CHF")));
    }

    @Test
    void anItuAgreementWithAPartnerIsInvalidAlongWithEveryOtherFieldError() {
        assertThatThrownBy(() -> new AgreementTerms(null, "7BTN23069", FundingSource.ITU, "JP-MIC", "EUR",
                new BigDecimal("1.00"), null, SIGNED, null, null))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("partnerId", "must be absent when fundingSource is ITU"),
                        new FieldError("chfAmount", "is required when currency is not CHF")));
    }

    @Test
    void aPartnerAgreementWithoutPartnerBreaksARule() {
        assertThatThrownBy(() -> new AgreementTerms(null, "7BTN23069", FundingSource.PARTNER, null, "CHF",
                new BigDecimal("1.00"), null, SIGNED, null, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("partnerId", "is required when fundingSource is PARTNER")));
    }
}
