package org.itu.bdt.portfolio.funding.finance;


import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.util.List;

/** Every row of an import with its outcome (created, unchanged, rejected, skipped) and the totals. */
public record ImportReportResponse(boolean atomic, Totals totals, List<Row> rows) {

    public record Totals(int rows, long created, long unchanged, long rejected, long skipped) {
        static Totals of(ImportReport report) {
            return new Totals(report.rows().size(), report.count(RowOutcome.CREATED),
                    report.count(RowOutcome.UNCHANGED), report.count(RowOutcome.REJECTED),
                    report.count(RowOutcome.SKIPPED));
        }
    }

    public record Row(int row, String reference, String outcome, List<FieldError> errors) {
        static Row of(RowReport row) {
            return new Row(row.row(), row.reference(), row.outcome().label(), row.errors());
        }
    }

    static ImportReportResponse of(ImportReport report) {
        return new ImportReportResponse(report.atomic(), Totals.of(report), rows(report));
    }

    static List<Row> rows(ImportReport report) {
        return report.rows().stream().map(Row::of).toList();
    }
}
