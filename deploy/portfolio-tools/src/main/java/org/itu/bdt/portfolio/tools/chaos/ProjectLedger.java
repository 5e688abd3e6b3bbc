package org.itu.bdt.portfolio.tools.chaos;

import java.util.ArrayList;
import java.util.List;

/**
 * What one chaos project was told, in order: the figures each accepted signing, amendment or cancellation adds, with
 * the moment its answer came, and the one operation in flight. One client owns the project and waits for each answer
 * before the next call, so funding-service commits, publishes (one partition: the key is the project number) and
 * reporting-service applies its operations in this order: the project's figures in the reports are always the sum
 * of a prefix of this list.
 */
public final class ProjectLedger {

    /** An operation's effect on the reports and when its answer came (System.nanoTime). */
    public record Entry(Figures delta, long answeredAt) {
    }

    private final ChaosProject project;
    private final List<Entry> applied = new ArrayList<>();
    private Figures inFlight;

    public ProjectLedger(ChaosProject project) {
        this.project = project;
    }

    public ChaosProject project() {
        return project;
    }

    public synchronized void begin(Figures delta) {
        inFlight = delta;
    }

    public synchronized void applied() {
        applied.add(new Entry(inFlight, System.nanoTime()));
        inFlight = null;
    }

    public synchronized void notApplied() {
        inFlight = null;
    }

    /**
     * The figures the reports may show for this project, read between {@code readFrom} and now: every operation
     * answered before {@code settledBefore} is in; any later one, and the one in flight, may or may not be.
     * Returns the possible sums, shortest prefix first.
     */
    public synchronized List<Figures> possibleFigures(long settledBefore) {
        List<Entry> candidates = new ArrayList<>(applied);
        if (inFlight != null) {
            candidates.add(new Entry(inFlight, Long.MAX_VALUE));
        }
        Figures sum = Figures.none();
        int index = 0;
        while (index < candidates.size() && candidates.get(index).answeredAt() < settledBefore) {
            sum.add(candidates.get(index++).delta());
        }
        List<Figures> possible = new ArrayList<>();
        possible.add(sum.copy());
        for (; index < candidates.size(); index++) {
            possible.add(sum.add(candidates.get(index).delta()).copy());
        }
        return possible;
    }

    /** The sum of every applied operation: what the reports must show once nothing is in flight. */
    public synchronized Figures total() {
        Figures sum = Figures.none();
        applied.forEach(entry -> sum.add(entry.delta()));
        return sum;
    }

    public synchronized int size() {
        return applied.size();
    }
}
