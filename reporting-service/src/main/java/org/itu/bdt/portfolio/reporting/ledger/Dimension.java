package org.itu.bdt.portfolio.reporting.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
    SIGNED_YEAR("signed-per-year", "funding-sources");

    private final String reportName;
    private final List<String> reports;

    Dimension(String reportName, String... alsoReadBy) {
        this.reportName = reportName;
        this.reports = Stream.concat(Stream.of(reportName), Arrays.stream(alsoReadBy)).toList();
    }

    /** The report that reads this dimension's ledger: its path, stream event name and reconciliation aggregate. */
    public String reportName() {
        return reportName;
    }

    /** Every report that reads this dimension's ledger: Figure 3 (funding-sources) reads Figure 2's. */
    public List<String> reports() {
        return reports;
    }

    /** The dimension whose ledger a report reads, if the report is one of them. */
    public static Optional<Dimension> ofReport(String report) {
        return Arrays.stream(values()).filter(dimension -> dimension.reports.contains(report)).findFirst();
    }

    /** The names of every report that reads a dimension's ledger, in alphabetical order. */
    public static List<String> reportNames() {
        return Arrays.stream(values()).flatMap(dimension -> dimension.reports.stream()).sorted().toList();
    }
}
