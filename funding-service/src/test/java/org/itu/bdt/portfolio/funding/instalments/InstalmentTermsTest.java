package org.itu.bdt.portfolio.funding.instalments;

import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstalmentTermsTest {

    @Test
    void everyBadFieldOfEveryRowIsNamedByItsRow() {
        List<InstalmentTerms> schedule = Arrays.asList(
                new InstalmentTerms(LocalDate.parse("2024-03-31"), new BigDecimal("100.00")),
                new InstalmentTerms(null, BigDecimal.ZERO),
                null,
                new InstalmentTerms(LocalDate.parse("2024-09-30"), new BigDecimal("-1.00")),
                new InstalmentTerms(LocalDate.parse("2024-09-30"), new BigDecimal("1.001")),
                new InstalmentTerms(LocalDate.parse("2024-09-30"), null));

        assertThatThrownBy(() -> InstalmentTerms.requireWellFormed(schedule))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("[1].dueOn", "must not be null"),
                        new FieldError("[1].amount", "must be greater than 0"),
                        new FieldError("[2]", "must not be null"),
                        new FieldError("[3].amount", "must not be negative"),
                        new FieldError("[4].amount", "must have at most 2 decimals"),
                        new FieldError("[5].amount", "must not be null")));
    }

    @Test
    void anEmptyScheduleIsWellFormed() {
        assertThatNoException().isThrownBy(() -> InstalmentTerms.requireWellFormed(List.of()));
    }
}
