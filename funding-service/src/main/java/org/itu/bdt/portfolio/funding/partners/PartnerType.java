package org.itu.bdt.portfolio.funding.partners;

import org.itu.bdt.portfolio.funding.platform.Labelled;

/** A partner's kind; it travels in JSON as its lower-case label. */
public enum PartnerType implements Labelled {
    GOVERNMENT("government"),
    INTERGOVERNMENTAL("intergovernmental"),
    PRIVATE_SECTOR("private-sector"),
    UN_AGENCY("un-agency"),
    ACADEMIA("academia"),
    FOUNDATION("foundation");

    private final String label;

    PartnerType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
