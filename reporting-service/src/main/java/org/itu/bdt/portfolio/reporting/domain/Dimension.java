package org.itu.bdt.portfolio.reporting.domain;

/**
 * A way of cutting the portfolio. REGION is Figure 1 and lives in region_ledger; the others share
 * breakdown_ledger. SIGNED_YEAR counts projects by their year of signature at amounts as signed (Figures 2 and 3);
 * every other dimension counts the portfolio at amounts in force.
 */
public enum Dimension {
    REGION, STATUS, PARTNER, FUNDING_SOURCE, INITIATIVE, COUNTRY, SIGNED_YEAR
}
