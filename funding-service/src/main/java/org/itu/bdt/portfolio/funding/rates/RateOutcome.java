package org.itu.bdt.portfolio.funding.rates;

/** What publishing one rate did. */
public enum RateOutcome {
    CREATED,
    REVISED,
    UNCHANGED
}
