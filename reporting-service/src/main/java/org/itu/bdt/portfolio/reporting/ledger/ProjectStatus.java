package org.itu.bdt.portfolio.reporting.ledger;

import java.util.Locale;

public enum ProjectStatus {
    PROPOSED, APPROVED, ONGOING, OPERATIONALLY_CLOSED, FINANCIALLY_CLOSED, REJECTED, SUSPENDED, CANCELLED;

    /** "Operationally closed" for OPERATIONALLY_CLOSED. */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
