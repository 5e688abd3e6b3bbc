package org.itu.bdt.portfolio.funding.finance;

import java.time.LocalDate;

/** How one kind of row is recorded; {@link BatchImport} runs the batch around it. */
@FunctionalInterface
interface RowRecorder<L> {

    /**
     * Stores the line with its event and returns CREATED, or returns UNCHANGED when its reference already holds
     * the same content. A rejected line throws InvalidRequestException or RuleViolationException before anything
     * is stored, so a row is stored whole or not at all.
     */
    RowOutcome record(L line, LocalDate today);
}
