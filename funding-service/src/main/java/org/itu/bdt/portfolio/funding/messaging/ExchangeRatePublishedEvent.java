package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.funding.rates.ExchangeRatePublished;

/**
 * A rate created or revised: the rate in force for its currency and month from now on. Keyed by the currency,
 * not by a project; the rate is an exact decimal string.
 */
public record ExchangeRatePublishedEvent(String currency, String month, String chfPerUnit, String source,
                                         int revision) {

    static ExchangeRatePublishedEvent of(ExchangeRatePublished published) {
        return new ExchangeRatePublishedEvent(published.currency(), published.month().toString(),
                published.chfPerUnit().toPlainString(), published.source(), published.revision());
    }
}
