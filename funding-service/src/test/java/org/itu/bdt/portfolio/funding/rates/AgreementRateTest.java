package org.itu.bdt.portfolio.funding.rates;

import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementRateTest {

    @Test
    void aConversionRoundsHalfUpToTheCentime() {
        AgreementRate rate = rate("0.125000");

        assertThat(rate.toChf(new BigDecimal("1.00"))).isEqualTo(new BigDecimal("0.13"));
        assertThat(rate.toChf(new BigDecimal("3.00"))).isEqualTo(new BigDecimal("0.38"));
        assertThat(rate("0.005961").toChf(new BigDecimal("73000000"))).isEqualTo(new BigDecimal("435153.00"));
    }

    @Test
    void aConversionJustBelowHalfACentimeRoundsDown() {
        assertThat(rate("0.004999").toChf(new BigDecimal("1"))).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aChfAmountConvertsToItselfWithTwoDecimals() {
        assertThat(AgreementRate.CHF.toChf(new BigDecimal("187635"))).isEqualTo(new BigDecimal("187635.00"));
        assertThat(AgreementRate.CHF.chfPerUnit()).isEqualTo(new BigDecimal("1.000000"));
        assertThat(AgreementRate.CHF.month()).isNull();
        assertThat(AgreementRate.CHF.source()).isEqualTo("CHF");
    }

    @Test
    void aBookedAmountEqualToTheConversionIsTakenWhateverItsScale() {
        assertThat(rate("0.931428").chfFor(Money.of(new BigDecimal("1000.00"), "EUR"), "originalAmount",
                new BigDecimal("931.430"), "chfAmount")).isEqualTo(new BigDecimal("931.43"));
    }

    @Test
    void aBookedAmountThatDiffersStatesBothAmounts() {
        assertThatThrownBy(() -> rate("0.005961").chfFor(Money.of(new BigDecimal("73000000"), "JPY"),
                "originalAmount", new BigDecimal("435153.01"), "chfAmount"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "must equal 435153.00, which is 73000000 JPY at 0.005961 CHF per unit"
                                + " (UN operational rates of exchange, 2023-11), to the centime; got 435153.01"));
    }

    /** 999,999,999,999,999 EUR at 1,000 CHF would be 19 integer digits: it was a database overflow, a 500. */
    @Test
    void aConversionBeyondTheLargestAmountIsRefusedOnTheOriginalAmount() {
        AgreementRate rate = AgreementRate.overridden(new RateOverride(new BigDecimal("1000"), "test"), null);

        assertThatThrownBy(() -> rate.chfFor(Money.of(new BigDecimal("999999999999999"), "EUR"), "originalAmount",
                null, "chfAmount"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("converts to 999999999999999000.00 CHF at 1000.000000 CHF"
                            + " per unit, which must have at most 15 integer digits");
                    assertThat(e.errors()).extracting("field").containsExactly("originalAmount");
                });
    }

    @Test
    void anOverrideIsMarkedInItsSource() {
        AgreementRate rate = AgreementRate.overridden(new RateOverride(new BigDecimal("0.006"), "rate of the"
                + " finance system's booking"), YearMonth.of(2023, 11));

        assertThat(rate).isEqualTo(new AgreementRate(new BigDecimal("0.006000"), YearMonth.of(2023, 11),
                "override: rate of the finance system's booking", true));
    }

    private static AgreementRate rate(String chfPerUnit) {
        return new AgreementRate(new BigDecimal(chfPerUnit), YearMonth.of(2023, 11),
                RateTerms.UN_OPERATIONAL_RATES, false);
    }
}
