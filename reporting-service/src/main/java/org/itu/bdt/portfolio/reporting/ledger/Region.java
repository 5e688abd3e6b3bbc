package org.itu.bdt.portfolio.reporting.ledger;

/** The bureau's regions, in the order the reports list them. */
public enum Region {
    AFRICA("Africa"),
    AMERICAS("Americas"),
    ARAB_STATES("Arab States"),
    ASIA_PACIFIC("Asia-Pacific"),
    CIS("CIS"),
    EUROPE("Europe"),
    INTER_REGIONAL("Inter-regional");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
