package org.itu.bdt.portfolio.reporting.domain;

import java.time.LocalDate;
import java.util.Comparator;

/** One row of the region ledger: a region on the date its figures change. */
public record LedgerLine(Region region, LocalDate effectiveOn) implements Comparable<LedgerLine> {

    private static final Comparator<LedgerLine> ORDER =
            Comparator.comparing(LedgerLine::region).thenComparing(LedgerLine::effectiveOn);

    @Override
    public int compareTo(LedgerLine other) {
        return ORDER.compare(this, other);
    }
}
