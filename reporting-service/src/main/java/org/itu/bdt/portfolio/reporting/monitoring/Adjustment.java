package org.itu.bdt.portfolio.reporting.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A figure of a locked quarter that late events changed: the locked value stays in the quarter's report, the
 * difference is shown as an adjustment in the quarter and in the next one.
 */
public record Adjustment(String period, String figure, BigDecimal locked, BigDecimal now, BigDecimal difference) {

    static List<Adjustment> between(String period, QuarterlyReport.Figures locked, QuarterlyReport.Figures now) {
        Map<String, BigDecimal> before = locked.byName();
        List<Adjustment> adjustments = new ArrayList<>();
        now.byName().forEach((figure, value) -> {
            BigDecimal was = before.get(figure);
            if (value.compareTo(was) != 0) {
                adjustments.add(new Adjustment(period, figure, was, value, value.subtract(was)));
            }
        });
        return adjustments;
    }
}
