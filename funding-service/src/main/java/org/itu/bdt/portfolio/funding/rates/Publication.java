package org.itu.bdt.portfolio.funding.rates;

/** The outcome of publishing one rate, and the month's rate with its history after it. */
public record Publication(RateOutcome outcome, RateHistory history) {
}
