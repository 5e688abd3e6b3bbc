package org.itu.bdt.portfolio.funding.finance;


import java.util.List;

/** RFC 9457 problem details of a refused atomic import, with the row report as extension members. */
public record ImportProblem(String type, String title, int status, String detail, String instance, boolean atomic,
                            ImportReportResponse.Totals totals, List<ImportReportResponse.Row> rows) {

    static ImportProblem of(String type, String title, int status, String detail, String instance,
                            ImportReport report) {
        return new ImportProblem(type, title, status, detail, instance, report.atomic(),
                ImportReportResponse.Totals.of(report), ImportReportResponse.rows(report));
    }
}
