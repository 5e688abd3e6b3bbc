package org.itu.bdt.portfolio.funding.rates;

import java.math.BigDecimal;

/** A rate the caller imposes instead of the published one, and why; it is stored and shown as an override. */
public record RateOverride(BigDecimal chfPerUnit, String reason) {
    public RateOverride {
        chfPerUnit = ExchangeRate.exact(chfPerUnit);
    }
}
