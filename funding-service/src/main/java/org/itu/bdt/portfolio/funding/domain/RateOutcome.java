package org.itu.bdt.portfolio.funding.domain;

/** What publishing one rate did. */
public enum RateOutcome {
    CREATED,
    REVISED,
    UNCHANGED
}
