package org.itu.bdt.portfolio.funding.ictdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The account's movements from one day to another, each with the balance after it. */
public record IctDfStatement(LocalDate from, LocalDate to, BigDecimal openingBalance, List<Line> lines,
                             BigDecimal closingBalance) {

    public record Line(IctDfMovement movement, BigDecimal balance) {
    }
}
