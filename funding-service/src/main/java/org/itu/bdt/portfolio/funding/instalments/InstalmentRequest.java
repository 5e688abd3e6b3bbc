package org.itu.bdt.portfolio.funding.instalments;


import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of a schedule; the rows are checked together, each error naming its row ([0].amount). */
public record InstalmentRequest(LocalDate dueOn, BigDecimal amount) {

    InstalmentTerms toTerms() {
        return new InstalmentTerms(dueOn, amount);
    }
}
