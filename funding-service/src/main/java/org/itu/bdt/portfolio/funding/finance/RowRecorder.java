package org.itu.bdt.portfolio.funding.finance;

import java.time.LocalDate;
import java.util.List;

/** How one kind of row is recorded; {@link BatchImport} runs the batch around it. */
@FunctionalInterface
interface RowRecorder<L> {

    /**
     * Decides the line against what is stored and the rows before it: CREATED (stored now, or by {@link #store}),
     * or UNCHANGED when its reference already holds the same content. A rejected line throws
     * InvalidRequestException or RuleViolationException before anything is stored, so a row is stored whole or not
     * at all.
     */
    RowOutcome record(L line, LocalDate today);

    /** Once the batch holds its lock, before its first row: what the rows are checked against, read at once. */
    default void read(List<L> lines) {
    }

    /** After the last row of a batch that is not refused: the rows found CREATED, with their events, at once. */
    default void store() {
    }
}
