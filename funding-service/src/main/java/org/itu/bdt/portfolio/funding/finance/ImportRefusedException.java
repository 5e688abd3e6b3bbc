package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An atomic batch had a rejected row, so nothing of it was stored. The row report travels with the problem, so the
 * caller sees every row's errors at once.
 */
public class ImportRefusedException extends ProblemException {
    private final transient ImportReport report;

    public ImportRefusedException(ImportReport report) {
        super(ProblemType.UNPROCESSABLE, report.count(RowOutcome.REJECTED) + " of " + report.rows().size()
                + " rows are rejected; the batch is atomic, so nothing is stored");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }

    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("atomic", report.atomic());
        members.put("totals", ImportReportResponse.Totals.of(report));
        members.put("rows", ImportReportResponse.rows(report));
        return members;
    }
}
