package org.itu.bdt.portfolio.funding.rates;

import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateTermsTest {

    @Test
    void aRateIsKeptWithSixDecimalsAndTheUnSourceByDefault() {
        RateTerms terms = RateTerms.of("EUR", "2024-03", "0.8962", " ");

        assertThat(terms).isEqualTo(new RateTerms(new RateKey("EUR", YearMonth.of(2024, 3)),
                new BigDecimal("0.896200"), "UN operational rates of exchange"));
    }

    @Test
    void everyBadFieldIsReported() {
        assertThatThrownBy(() -> RateTerms.of("XYZ", "2024-13", "0", "s".repeat(201)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("currency", "must be a known ISO 4217 currency code of 3 upper-case letters"),
                        new FieldError("month", "must be a month as yyyy-MM"),
                        new FieldError("chfPerUnit", "must be greater than 0"),
                        new FieldError("source", "size must be between 0 and 200")));
    }

    @Test
    void francsHaveNoRate() {
        assertThatThrownBy(() -> RateTerms.of("CHF", "2024-03", "1", null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("currency", "must not be CHF: a CHF amount needs no rate")));
    }

    @Test
    void aRateMustBeAPositiveDecimalWithAtMostSixDecimals() {
        assertThat(problemWithRate("-0.5")).isEqualTo("must be greater than 0");
        assertThat(problemWithRate("0.1234567")).isEqualTo("must have at most 6 decimals");
        assertThat(problemWithRate("12345678901234")).isEqualTo("must have at most 13 integer digits");
        assertThat(problemWithRate("abc")).isEqualTo("must be a decimal number");
        assertThat(problemWithRate("")).isEqualTo("is required");
        assertThat(RateTerms.of("JPY", "2024-03", "0.0059610", null).chfPerUnit()).isEqualTo("0.005961");
    }

    @Test
    void aMonthIsFourDigitsOfYearAndTwoOfMonth() {
        assertThat(RateKey.parse("USD", "2024-01").month()).isEqualTo(YearMonth.of(2024, 1));
        for (String notAMonth : new String[] {"2024-1", "24-01", "2024-00", "2024-01-01", "+2024-01", null}) {
            assertThatThrownBy(() -> RateKey.parse("USD", notAMonth))
                    .as(notAMonth).isInstanceOf(InvalidRequestException.class);
        }
    }

    private static String problemWithRate(String chfPerUnit) {
        try {
            RateTerms.of("EUR", "2024-03", chfPerUnit, null);
            return null;
        } catch (InvalidRequestException e) {
            return e.errors().get(0).message();
        }
    }
}
