package org.itu.bdt.portfolio.funding.money;

import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MinorUnitsTest {

    @Test
    void yenAndWonAmountsHaveNoDecimals() {
        assertThat(MinorUnits.problemWith("JPY", new BigDecimal("73000000"), "originalAmount")).isEmpty();
        assertThat(MinorUnits.problemWith("KRW", new BigDecimal("1000.00"), "originalAmount")).isEmpty();
        assertThat(MinorUnits.problemWith("JPY", new BigDecimal("100.5"), "originalAmount")).contains(
                new FieldError("originalAmount", "must have no decimals: JPY has no minor units"));
        assertThat(MinorUnits.problemWith("KRW", new BigDecimal("0.01"), "newOriginalAmount")).contains(
                new FieldError("newOriginalAmount", "must have no decimals: KRW has no minor units"));
    }

    @Test
    void euroAndFrancAmountsHaveAtMostTwoDecimals() {
        assertThat(MinorUnits.problemWith("EUR", new BigDecimal("0.01"), "originalAmount")).isEmpty();
        assertThat(MinorUnits.problemWith("CHF", new BigDecimal("0.010"), "originalAmount")).isEmpty();
    }

    @Test
    void currenciesWithThreeMinorUnitsAreRefusedOnTheCurrency() {
        assertThat(MinorUnits.problemWith("KWD", new BigDecimal("1"), "originalAmount")).contains(
                new FieldError("currency", "KWD has 3 minor units; amounts are kept with at most 2 decimals"));
    }

    @Test
    void codesWithoutMinorUnitsAreRefusedOnTheCurrency() {
        assertThat(MinorUnits.problemWith("XDR", new BigDecimal("1"), "originalAmount")).contains(
                new FieldError("currency", "XDR has no ISO 4217 minor units: amounts must be in a currency of payment"));
    }
}
