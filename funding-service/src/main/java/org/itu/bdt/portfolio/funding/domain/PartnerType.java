package org.itu.bdt.portfolio.funding.domain;

import java.util.Arrays;
import java.util.Optional;

public enum PartnerType {
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

    public String label() {
        return label;
    }

    public static Optional<PartnerType> fromLabel(String label) {
        return Arrays.stream(values()).filter(type -> type.label.equals(label)).findFirst();
    }
}
