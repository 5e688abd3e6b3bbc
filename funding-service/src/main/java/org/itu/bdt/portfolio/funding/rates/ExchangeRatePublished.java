package org.itu.bdt.portfolio.funding.rates;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Fired inside the publishing transaction for each rate created or revised: the rate in force from now on. */
public record ExchangeRatePublished(String currency, YearMonth month, BigDecimal chfPerUnit, String source,
                                    int revision) {

    static ExchangeRatePublished of(ExchangeRate rate) {
        return new ExchangeRatePublished(rate.currency(), rate.month(), rate.chfPerUnit(), rate.source(),
                rate.revision());
    }
}
