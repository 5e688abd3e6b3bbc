package org.itu.bdt.portfolio.funding.rates;

import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.funding.platform.InvalidRowsException;
import org.itu.bdt.portfolio.funding.platform.RowError;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateBatchTest {

    @Test
    void aGoodBatchKeepsItsOrder() {
        List<RateTerms> batch = RateBatch.checked(List.of(
                new RateRow(1, "EUR", "2024-02", "0.943083", null),
                new RateRow(2, "EUR", "2024-01", "0.931428", "UN treasury")));

        assertThat(batch).extracting(RateTerms::chfPerUnit)
                .containsExactly(new BigDecimal("0.943083"), new BigDecimal("0.931428"));
        assertThat(batch).extracting(RateTerms::source)
                .containsExactly("UN operational rates of exchange", "UN treasury");
    }

    /** An exchange-rate batch had no row limit (issue 12): 20,001 rates are refused before any is looked at. */
    @Test
    void aBatchOfMoreThan20000RatesIsRefusedWhole() {
        List<RateRow> rows = IntStream.rangeClosed(1, RateBatch.MAX_ROWS + 1)
                .mapToObj(i -> new RateRow(i, "EUR", "2024-01", "0.931428", null)).toList();

        assertThatThrownBy(() -> RateBatch.checked(rows))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("body", "must hold at most 20000 rates, not 20001")));
        assertThat(RateBatch.checked(rows.subList(0, 1))).hasSize(1);
    }

    @Test
    void everyBadRowIsNamedWithEachOfItsErrors() {
        assertThatThrownBy(() -> RateBatch.checked(List.of(
                new RateRow(1, "EUR", "2024-01", "0.931428", null),
                new RateRow(2, "EURO", "2024-1", "0.9", null),
                new RateRow(3, "USD", "2024-01", "0", null))))
                .isInstanceOfSatisfying(InvalidRowsException.class, e -> {
                    assertThat(e.errors()).containsExactly(
                            new RowError(2, "currency", "must be a known ISO 4217 currency code of 3 upper-case letters"),
                            new RowError(2, "month", "must be a month as yyyy-MM"),
                            new RowError(3, "chfPerUnit", "must be greater than 0"));
                    assertThat(e.badRows()).isEqualTo(2);
                });
    }

    @Test
    void aMonthTwiceInOneBatchIsABadRow() {
        assertThatThrownBy(() -> RateBatch.checked(List.of(
                new RateRow(1, "EUR", "2024-01", "0.931428", null),
                new RateRow(2, "USD", "2024-01", "0.9", null),
                new RateRow(3, "EUR", "2024-01", "0.931428", null))))
                .isInstanceOfSatisfying(InvalidRowsException.class, e -> assertThat(e.errors()).containsExactly(
                        new RowError(3, "month", "repeats row 1: one EUR rate per month")));
    }
}
