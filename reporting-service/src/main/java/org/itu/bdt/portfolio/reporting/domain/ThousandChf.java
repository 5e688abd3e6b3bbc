package org.itu.bdt.portfolio.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An exact CHF amount as the printed reports show it: thousands, half-up to one decimal. */
public record ThousandChf(BigDecimal thousands) {

    public static ThousandChf of(BigDecimal chf) {
        return new ThousandChf(chf.movePointLeft(3).setScale(1, RoundingMode.HALF_UP));
    }

    @Override
    public String toString() {
        return thousands.toPlainString();
    }
}
