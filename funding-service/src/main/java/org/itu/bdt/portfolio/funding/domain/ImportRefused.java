package org.itu.bdt.portfolio.funding.domain;

/** An atomic batch had a rejected row, so nothing of it was stored. */
public class ImportRefused extends RuntimeException {
    private final transient ImportReport report;

    public ImportRefused(ImportReport report) {
        super(report.count(RowOutcome.REJECTED) + " of " + report.rows().size()
                + " rows are rejected; the batch is atomic, so nothing is stored");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
