package org.itu.bdt.portfolio.reporting.ledger;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one project adds to the ledgers, a pure function of its facts: on each date where anything about it
 * changes (a status, a signature, an amendment, a cancellation), the difference between its figures on that date
 * and the day before. The difference between the contributions after and before an event is all the ledgers
 * need, so an event costs one project's facts.
 */
public final class Contribution {

    private final SortedMap<LedgerLine, LedgerAmounts> lines;

    private Contribution(SortedMap<LedgerLine, LedgerAmounts> lines) {
        this.lines = Collections.unmodifiableSortedMap(lines);
    }

    static Contribution of(ProjectFacts facts) {
        return from(facts, LocalDate.MIN);
    }

    /** The lines on the dates from {@code from} on: where two versions of a project's facts can differ. */
    static Contribution from(ProjectFacts facts, LocalDate from) {
        return new Contribution(FiguresOverTime.changes(facts, from));
    }

    /** Several projects' changes together (one batch's), without the lines that cancel out; one pass over them. */
    public static Contribution sum(List<Contribution> contributions) {
        var total = new TreeMap<LedgerLine, LedgerAmounts>();
        contributions.forEach(contribution -> contribution.lines.forEach(
                (line, amounts) -> total.merge(line, amounts, LedgerAmounts::plus)));
        total.values().removeIf(LedgerAmounts::isNone);
        return new Contribution(total);
    }

    /** This contribution less an earlier one, without the lines that did not change. */
    public Contribution minus(Contribution earlier) {
        var difference = new TreeMap<>(lines);
        earlier.lines.forEach((line, amounts) -> difference.merge(line, amounts.negated(), LedgerAmounts::plus));
        difference.values().removeIf(LedgerAmounts::isNone);
        return new Contribution(difference);
    }

    /** The lines in (dimension, key, date) order, so that concurrent ledger updates lock rows in the same order. */
    public SortedMap<LedgerLine, LedgerAmounts> lines() {
        return lines;
    }

    /** The lines of one dimension, in the same order. */
    public SortedMap<LedgerLine, LedgerAmounts> lines(Dimension dimension) {
        var ofDimension = new TreeMap<LedgerLine, LedgerAmounts>();
        lines.forEach((line, amounts) -> {
            if (line.dimension() == dimension) {
                ofDimension.put(line, amounts);
            }
        });
        return ofDimension;
    }

    /** The keys the project ever touches, for the drill-downs. */
    public Set<LedgerKey> keys() {
        var keys = new TreeSet<LedgerKey>();
        lines.keySet().forEach(line -> keys.add(new LedgerKey(line.dimension(), line.key())));
        return keys;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
