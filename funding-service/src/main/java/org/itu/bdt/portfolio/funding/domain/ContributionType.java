package org.itu.bdt.portfolio.funding.domain;

/** Money, or goods and services valued in money; in-kind contributions stay out of every cash figure. */
public enum ContributionType {
    CASH,
    IN_KIND
}
