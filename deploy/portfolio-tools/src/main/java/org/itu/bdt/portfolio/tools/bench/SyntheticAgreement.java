package org.itu.bdt.portfolio.tools.bench;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One funding line of a synthetic project, copied from a reference agreement (its partner, source, currency and
 * amounts), signed with its project; amended (to {@code amendedChf} from {@code amendedOn}) or cancelled, or neither.
 */
public record SyntheticAgreement(String number, String partnerId, String fundingSource, String currency,
                                 BigDecimal originalAmount, BigDecimal chfAmount, LocalDate signedOn,
                                 LocalDate amendedOn, BigDecimal amendedChf, LocalDate cancelledOn) {

    public boolean itu() {
        return "ITU".equals(fundingSource);
    }

    /** The CHF amount in effect on a date, by the reports' rules: zero before signature and from cancellation. */
    public BigDecimal chfOn(LocalDate date) {
        if (signedOn.isAfter(date) || cancelledOn != null && !cancelledOn.isAfter(date)) {
            return BigDecimal.ZERO;
        }
        return amendedOn != null && !amendedOn.isAfter(date) ? amendedChf : chfAmount;
    }
}
