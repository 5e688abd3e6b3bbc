package org.itu.bdt.portfolio.reporting.ledger;

import java.util.Comparator;

/** A row of a breakdown: a key (region, status, partner id, initiative code, ...) of a dimension. */
public record LedgerKey(Dimension dimension, String key) implements Comparable<LedgerKey> {

    private static final Comparator<LedgerKey> ORDER =
            Comparator.comparing(LedgerKey::dimension).thenComparing(LedgerKey::key);

    @Override
    public int compareTo(LedgerKey other) {
        return ORDER.compare(this, other);
    }
}
