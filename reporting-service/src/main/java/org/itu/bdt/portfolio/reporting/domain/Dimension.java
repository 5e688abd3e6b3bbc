package org.itu.bdt.portfolio.reporting.domain;

/**
 * A way of cutting the portfolio. REGION is Figure 1 and lives in region_ledger; the others share
 * breakdown_ledger. SIGNED_YEAR counts projects by their year of signature at amounts as signed (Figures 2 and 3);
 * every other dimension counts the portfolio at amounts in force.
 */
public enum Dimension {
    REGION("portfolio-by-region"),
    STATUS("portfolio-by-status"),
    PARTNER("portfolio-by-partner"),
    FUNDING_SOURCE("portfolio-by-funding-source"),
    INITIATIVE("portfolio-by-initiative"),
    COUNTRY("portfolio-by-country"),
    SIGNED_YEAR("signed-per-year");

    private final String reportName;

    Dimension(String reportName) {
        this.reportName = reportName;
    }

    /** The report that reads this dimension's ledger: its path, stream event name and reconciliation aggregate. */
    public String reportName() {
        return reportName;
    }
}
