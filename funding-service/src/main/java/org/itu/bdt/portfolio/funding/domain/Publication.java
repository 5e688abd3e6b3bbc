package org.itu.bdt.portfolio.funding.domain;

/** The outcome of publishing one rate, and the month's rate with its history after it. */
public record Publication(RateOutcome outcome, RateHistory history) {
}
