package org.itu.bdt.portfolio.funding.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void anAmountIsShownWithItsCurrencysMinorUnits() {
        assertThat(Money.of(new BigDecimal("73000000.00"), "JPY").plain()).isEqualTo("73000000");
        assertThat(Money.of(new BigDecimal("435153"), "CHF").plain()).isEqualTo("435153.00");
        assertThat(Money.of(new BigDecimal("26548450.00"), "EUR").plain()).isEqualTo("26548450.00");
        assertThat(Money.of(new BigDecimal("0.00"), "KRW").plain()).isEqualTo("0");
    }

    @Test
    void aDecimalTheCurrencyLacksIsShownRatherThanRoundedAway() {
        assertThat(Money.of(new BigDecimal("100.50"), "JPY").plain()).isEqualTo("100.5");
    }

    @Test
    void aCurrencyWithThreeMinorUnitsIsShownWithTwoDecimals() {
        assertThat(Money.of(new BigDecimal("12.30"), "KWD").plain()).isEqualTo("12.30");
    }

    @Test
    void zeroAndTheLargestAmountsAreMoney() {
        assertThat(Money.problemWith(BigDecimal.ZERO)).isEmpty();
        assertThat(Money.problemWith(new BigDecimal("999999999999999.99"))).isEmpty();
        assertThat(Money.problemWith(new BigDecimal("1E+14"))).isEmpty();
    }

    @Test
    void trailingZerosDoNotCountAsDecimals() {
        assertThat(Money.problemWith(new BigDecimal("100.100"))).isEmpty();
    }

    @Test
    void negativeOverPreciseAndOversizedAmountsAreNotMoney() {
        assertThat(Money.problemWith(new BigDecimal("-0.01"))).contains("must not be negative");
        assertThat(Money.problemWith(new BigDecimal("1.005"))).contains("must have at most 2 decimals");
        assertThat(Money.problemWith(new BigDecimal("1000000000000000")))
                .contains("must have at most 15 integer digits");
    }

    @Test
    void onlyKnownUpperCaseCodesAreCurrencies() {
        assertThat(Money.isCurrencyCode("JPY")).isTrue();
        assertThat(Money.isCurrencyCode("jpy")).isFalse();
        assertThat(Money.isCurrencyCode("XYZ")).isFalse();
        assertThat(Money.isCurrencyCode("EURO")).isFalse();
    }
}
