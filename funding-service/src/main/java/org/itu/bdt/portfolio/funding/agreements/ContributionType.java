package org.itu.bdt.portfolio.funding.agreements;

/** Money, or goods and services valued in money; in-kind contributions stay out of every cash figure. */
public enum ContributionType {
    CASH,
    IN_KIND
}
