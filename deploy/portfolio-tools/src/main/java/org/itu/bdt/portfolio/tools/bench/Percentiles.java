package org.itu.bdt.portfolio.tools.bench;

import java.util.Arrays;

/** Percentiles of measured durations, in microseconds, by the nearest-rank method. */
public record Percentiles(long[] sorted) {

    public static Percentiles of(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    public double millis(int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }

    public double maxMillis() {
        return sorted[sorted.length - 1] / 1000.0;
    }

    /** As the benchmark scripts read it: p50_ms=… p99_ms=… max_ms=… */
    @Override
    public String toString() {
        return String.format("p50_ms=%.2f p99_ms=%.2f max_ms=%.2f", millis(50), millis(99), maxMillis());
    }
}
