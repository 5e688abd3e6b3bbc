package org.itu.bdt.portfolio.reporting.ledger;

/** In-kind contributions are valued, but kept out of the cash figures. */
public enum ContributionType {
    CASH, IN_KIND
}
