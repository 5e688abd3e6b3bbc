package org.itu.bdt.portfolio.funding.finance;

import java.util.List;

/** What a batch import did, row by row. */
public record ImportReport(boolean atomic, List<RowReport> rows) {

    public long count(RowOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    boolean refused() {
        return atomic && count(RowOutcome.REJECTED) > 0;
    }

    /** The report of a refused atomic batch: the rows it would have created were not stored. */
    ImportReport asRefused() {
        return new ImportReport(atomic, rows.stream()
                .map(row -> row.outcome() == RowOutcome.CREATED
                        ? new RowReport(row.row(), row.reference(), RowOutcome.SKIPPED, row.errors())
                        : row)
                .toList());
    }
}
