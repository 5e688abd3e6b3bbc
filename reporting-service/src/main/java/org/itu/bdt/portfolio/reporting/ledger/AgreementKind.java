package org.itu.bdt.portfolio.reporting.ledger;

/** Sponsorships and voluntary contributions are reported apart from the project figures. */
public enum AgreementKind {
    PROJECT_AGREEMENT, SUPPLEMENTARY_AGREEMENT, SPONSORSHIP, VOLUNTARY_CONTRIBUTION
}
