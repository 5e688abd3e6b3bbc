package org.itu.bdt.portfolio.funding.finance;

import java.util.Locale;

/** What an import did with one row. */
public enum RowOutcome {
    /** Stored now, with its event. */
    CREATED,
    /** Its reference already holds the same content: nothing changed. */
    UNCHANGED,
    /** It breaks a rule, or differs from what its reference holds; see the row's errors. */
    REJECTED,
    /** Valid, but not stored: it was in an atomic batch with a rejected row. */
    SKIPPED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
