package org.itu.bdt.portfolio.tools.chaos;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Whether Figure 1 is exact while the load goes on: each region's figures, less the baseline, must be the sum over
 * the region's chaos projects of one prefix of each project's ledger, that prefix holding at least every operation
 * answered more than {@code settle} before the report was read (the report's own freshness, milliseconds normally).
 * A lost update leaves a region short for good, a doubled one over: neither is ever such a sum.
 */
public final class Convergence {

    private static final int MOST_SUMS = 20_000;

    private final ReportReader reports;
    private final Figures baseline;
    private final Map<String, List<ProjectLedger>> byRegion;
    private final long settleNanos;

    public Convergence(ReportReader reports, Figures baseline, List<ProjectLedger> ledgers, Duration settle) {
        this.reports = reports;
        this.baseline = baseline;
        this.byRegion = ledgers.stream().collect(Collectors.groupingBy(ledger -> ledger.project().region()));
        this.settleNanos = settle.toNanos();
    }

    /** One reading of Figure 1: true if every region is exact. A report that cannot be read is not exact. */
    public boolean exactNow() {
        long readFrom = System.nanoTime();
        Figures shown;
        try {
            shown = reports.figure1();
        } catch (RuntimeException e) {
            return false;
        }
        for (Map.Entry<String, List<ProjectLedger>> region : byRegion.entrySet()) {
            Set<String> keys = Set.of(key(region.getKey(), "partnerFunding"), key(region.getKey(), "ituFunding"));
            Figures added = shown.restrictedTo(keys).subtract(baseline.restrictedTo(keys));
            if (!reachable(region.getValue(), keys, readFrom - settleNanos, signature(added, keys))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Polls every {@code every} until Figure 1 is exact, at most {@code longest}: the time it took, or null if it did
     * not converge.
     */
    public Duration await(Duration every, Duration longest, long fromNanos) {
        long deadline = fromNanos + longest.toNanos();
        while (System.nanoTime() < deadline) {
            if (exactNow()) {
                return Duration.ofNanos(Math.max(0, System.nanoTime() - fromNanos));
            }
            sleep(every);
        }
        return null;
    }

    /** What the figures of one region differ by from the nearest sum the ledgers allow (for the logs). */
    public String whyNot() {
        try {
            Figures shown = reports.figure1();
            StringBuilder why = new StringBuilder();
            for (Map.Entry<String, List<ProjectLedger>> region : byRegion.entrySet()) {
                Figures expected = baseline.copy();
                region.getValue().forEach(ledger -> expected.add(ledger.total()));
                for (String figure : List.of("partnerFunding", "ituFunding")) {
                    String key = key(region.getKey(), figure);
                    BigDecimal off = shown.get(key).subtract(expected.get(key));
                    if (off.signum() != 0) {
                        why.append(String.format(" %s %s %+,.2f CHF;", region.getKey(), figure, off));
                    }
                }
            }
            return why.length() == 0 ? "exact" : why.toString();
        } catch (RuntimeException e) {
            return "report unreadable: " + e.getMessage();
        }
    }

    private static boolean reachable(List<ProjectLedger> ledgers, Set<String> keys, long settledBefore,
                                     String target) {
        Map<String, Figures> sums = new HashMap<>();
        sums.put(signature(Figures.none(), keys), Figures.none());
        for (ProjectLedger ledger : ledgers) {
            Map<String, Figures> next = new HashMap<>();
            for (Figures prefix : ledger.possibleFigures(settledBefore)) {
                for (Figures sum : sums.values()) {
                    Figures both = sum.copy().add(prefix.restrictedTo(keys));
                    next.putIfAbsent(signature(both, keys), both);
                }
            }
            if (next.size() > MOST_SUMS) {
                return false;
            }
            sums = next;
        }
        return sums.containsKey(target);
    }

    private static String signature(Figures figures, Set<String> keys) {
        return keys.stream().sorted().map(key -> figures.get(key).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(","));
    }

    private static String key(String region, String figure) {
        return "portfolio-by-region|" + region + "|" + figure;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
