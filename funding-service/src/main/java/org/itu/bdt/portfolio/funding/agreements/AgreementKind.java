package org.itu.bdt.portfolio.funding.agreements;

/**
 * What an agreement funds. Sponsorships and voluntary contributions are reported apart from the project figures;
 * a supplementary agreement adds money to a project that is already ONGOING.
 */
public enum AgreementKind {
    PROJECT_AGREEMENT,
    SUPPLEMENTARY_AGREEMENT,
    SPONSORSHIP,
    VOLUNTARY_CONTRIBUTION;

    /** The kinds an ITU funding line (an ICT-DF allocation to a project) can have. */
    boolean fundsAProject() {
        return this == PROJECT_AGREEMENT || this == SUPPLEMENTARY_AGREEMENT;
    }
}
