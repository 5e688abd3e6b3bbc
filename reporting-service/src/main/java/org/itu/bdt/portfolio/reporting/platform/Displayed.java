package org.itu.bdt.portfolio.reporting.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where exact CHF becomes a printed figure: always half-up, always from the exact amount
 * (a total is the rounded exact total, not the sum of rounded cells).
 */
public final class Displayed {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Displayed() {
    }

    /** Thousand CHF with the given decimals: Figure 1 prints one, Figure 4 none. */
    public static BigDecimal thousands(BigDecimal chf, int decimals) {
        return chf.movePointLeft(3).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** Million CHF, as the text prints the value of the year's new projects (28.6). */
    public static BigDecimal millions(BigDecimal chf, int decimals) {
        return chf.movePointLeft(6).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A part of a whole in whole percent, half-up; nothing of nothing is 0 %. */
    public static int percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return 0;
        }
        return part.multiply(HUNDRED).divide(whole, 0, RoundingMode.HALF_UP).intValueExact();
    }
}
