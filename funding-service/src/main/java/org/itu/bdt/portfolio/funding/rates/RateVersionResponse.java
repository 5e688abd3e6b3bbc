package org.itu.bdt.portfolio.funding.rates;


import java.math.BigDecimal;
import java.time.Instant;

public record RateVersionResponse(int revision, BigDecimal chfPerUnit, String source, Instant recordedAt) {

    static RateVersionResponse of(ExchangeRate rate) {
        return new RateVersionResponse(rate.revision(), rate.chfPerUnit(), rate.source(), rate.recordedAt());
    }
}
