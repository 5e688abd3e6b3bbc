package org.itu.bdt.portfolio.funding.domain;

import java.time.LocalDate;

/** How one kind of row is recorded; {@link BatchImport} runs the batch around it. */
interface RowImporter<L> {

    /** The finance system's reference, as sent, for the report. */
    String referenceOf(L line);

    /**
     * Stores the line with its event and returns CREATED, or returns UNCHANGED when its reference already holds
     * the same content. A rejected line throws InvalidRequest or RuleViolation before anything is stored, so a
     * row is stored whole or not at all.
     */
    RowOutcome record(L line, LocalDate today);
}
