package org.itu.bdt.portfolio.tools.chaos;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Report figures keyed "report|row|figure" (e.g. "portfolio-by-region|AFRICA|partnerFunding"), exact CHF. Used both
 * for what the reports show and for what the accepted agreements say they should show.
 */
public final class Figures {

    private final TreeMap<String, BigDecimal> values = new TreeMap<>();

    public static Figures none() {
        return new Figures();
    }

    public Figures copy() {
        Figures copy = new Figures();
        copy.values.putAll(values);
        return copy;
    }

    public BigDecimal get(String key) {
        return values.getOrDefault(key, BigDecimal.ZERO);
    }

    public void put(String key, BigDecimal value) {
        values.put(key, value);
    }

    public Figures add(String key, BigDecimal delta) {
        if (delta.signum() != 0) {
            values.merge(key, delta, BigDecimal::add);
        }
        return this;
    }

    public Figures add(Figures other) {
        other.values.forEach(this::add);
        return this;
    }

    public Figures subtract(Figures other) {
        other.values.forEach((key, value) -> add(key, value.negate()));
        return this;
    }

    public Map<String, BigDecimal> asMap() {
        return values;
    }

    /** The keys whose values differ (zero counts as absent), with this minus the other. */
    public Figures minus(Figures other) {
        Figures difference = copy().subtract(other);
        difference.values.values().removeIf(value -> value.signum() == 0);
        return difference;
    }

    /** Only the keys the other one names: a report shows rows the load never touches. */
    public Figures restrictedTo(Iterable<String> keys) {
        Figures restricted = new Figures();
        for (String key : keys) {
            restricted.put(key, get(key));
        }
        return restricted;
    }

    public boolean isZero() {
        return values.values().stream().allMatch(value -> value.signum() == 0);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
