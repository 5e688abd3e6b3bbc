package org.itu.bdt.portfolio.reporting.ledger;

import java.time.LocalDate;
import java.util.Comparator;

/** One row of a ledger: a key of a dimension on the date its figures change. */
public record LedgerLine(Dimension dimension, String key, LocalDate effectiveOn) implements Comparable<LedgerLine> {

    private static final Comparator<LedgerLine> ORDER = Comparator.comparing(LedgerLine::dimension)
            .thenComparing(LedgerLine::key).thenComparing(LedgerLine::effectiveOn);

    @Override
    public int compareTo(LedgerLine other) {
        return ORDER.compare(this, other);
    }
}
