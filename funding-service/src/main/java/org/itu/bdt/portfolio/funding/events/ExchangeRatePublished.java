package org.itu.bdt.portfolio.funding.events;

/**
 * A rate created or revised: the rate in force for its currency and month from now on. Keyed by the currency,
 * not by a project; the rate is an exact decimal string.
 */
public record ExchangeRatePublished(String currency, String month, String chfPerUnit, String source, int revision) {
}
