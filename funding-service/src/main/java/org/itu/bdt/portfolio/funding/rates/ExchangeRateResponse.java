package org.itu.bdt.portfolio.funding.rates;


import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** The rate in force for a currency and month, and every version of it, oldest first (the last is this one). */
public record ExchangeRateResponse(String currency, YearMonth month, BigDecimal chfPerUnit, String source,
                                   int revision, Instant recordedAt, List<RateVersionResponse> history) {

    static ExchangeRateResponse of(RateHistory history) {
        ExchangeRate current = history.current();
        return new ExchangeRateResponse(current.currency(), current.month(), current.chfPerUnit(), current.source(),
                current.revision(), current.recordedAt(),
                history.versions().stream().map(RateVersionResponse::of).toList());
    }
}
