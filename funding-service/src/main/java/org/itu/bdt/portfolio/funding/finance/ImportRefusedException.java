package org.itu.bdt.portfolio.funding.finance;

/** An atomic batch had a rejected row, so nothing of it was stored. */
public class ImportRefusedException extends RuntimeException {
    private final transient ImportReport report;

    public ImportRefusedException(ImportReport report) {
        super(report.count(RowOutcome.REJECTED) + " of " + report.rows().size()
                + " rows are rejected; the batch is atomic, so nothing is stored");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
