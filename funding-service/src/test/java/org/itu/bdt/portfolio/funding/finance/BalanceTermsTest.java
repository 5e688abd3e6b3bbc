package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BalanceTermsTest {
    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");

    @Test
    void aBalanceOnTheLastDayOfItsYearIsValid() {
        assertThat(of("2024", "1500.5", "2024-12-31")).isEqualTo(new BalanceTerms("BAL-1", "7BTN23069-01", 2024,
                new BigDecimal("1500.50"), LocalDate.parse("2024-12-31")));
    }

    @Test
    void anExhaustedFundingLineHasAZeroBalance() {
        assertThat(of("2024", "0", "2024-12-31").balanceChf()).isEqualTo("0.00");
    }

    @Test
    void aNegativeBalanceIsRejected() {
        assertRejected("2024", "-0.01", "2024-12-31", new FieldError("balanceChf", "must not be negative"));
    }

    @Test
    void aBalanceNotTakenOnThirtyFirstDecemberOfItsYearIsRejected() {
        assertRejected("2024", "1.00", "2024-12-30", new FieldError("asOf", "must be the year-end date 2024-12-31"));
        assertRejected("2023", "1.00", "2024-12-31", new FieldError("asOf", "must be the year-end date 2023-12-31"));
    }

    @Test
    void aYearThatHasNotEndedHasNoBalance() {
        assertRejected("2025", "1.00", "2025-12-31", new FieldError("asOf", "must not be in the future"));
    }

    @Test
    void aYearIsFourDigits() {
        assertRejected("24", "1.00", "2024-12-31", new FieldError("year", "must be a year of four digits"));
    }

    @Test
    void aBalanceHasCentimesAtMost() {
        assertRejected("2024", "1.005", "2024-12-31",
                new FieldError("balanceChf", "must have at most 2 decimals in CHF"));
    }

    private static BalanceTerms of(String year, String balance, String asOf) {
        return BalanceTerms.of(new BalanceLine("BAL-1", "7BTN23069-01", year, balance, asOf), TODAY,
                Set.of("7BTN23069-01")::contains);
    }

    private static void assertRejected(String year, String balance, String asOf, FieldError error) {
        assertThatThrownBy(() -> of(year, balance, asOf)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).containsExactly(error));
    }
}
