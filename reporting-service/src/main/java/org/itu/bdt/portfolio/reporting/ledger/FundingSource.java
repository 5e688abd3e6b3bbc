package org.itu.bdt.portfolio.reporting.ledger;

public enum FundingSource {
    PARTNER("Partners (extrabudgetary)"),
    ITU("ITU (ICT-DF)");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
