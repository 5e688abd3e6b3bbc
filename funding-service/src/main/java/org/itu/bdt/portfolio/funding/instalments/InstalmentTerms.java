package org.itu.bdt.portfolio.funding.instalments;

import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One instalment of a schedule as asked for; a schedule's fields are checked row by row, named [row].field. */
public record InstalmentTerms(LocalDate dueOn, BigDecimal amount) {

    static void requireWellFormed(List<InstalmentTerms> schedule) {
        List<FieldError> errors = new ArrayList<>();
        for (int row = 0; row < schedule.size(); row++) {
            InstalmentTerms terms = schedule.get(row);
            String prefix = "[" + row + "]";
            if (terms == null) {
                errors.add(new FieldError(prefix, "must not be null"));
                continue;
            }
            if (terms.dueOn() == null) {
                errors.add(new FieldError(prefix + ".dueOn", "must not be null"));
            }
            terms.amountProblem().ifPresent(problem -> errors.add(new FieldError(prefix + ".amount", problem)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private Optional<String> amountProblem() {
        if (amount == null) {
            return Optional.of("must not be null");
        }
        if (amount.signum() == 0) {
            return Optional.of("must be greater than 0");
        }
        return Money.problemWith(amount);
    }
}
