package org.itu.bdt.portfolio.funding.rates;

import java.util.List;

/** Every version of one month's rate, oldest first; the last is the rate in force. */
public record RateHistory(List<ExchangeRate> versions) {
    public RateHistory {
        versions = List.copyOf(versions);
    }

    public ExchangeRate current() {
        return versions.get(versions.size() - 1);
    }
}
