package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.monitoring.OwedReport;
import org.itu.bdt.portfolio.reporting.monitoring.ReportedRisk;

import java.time.LocalDate;
import java.util.List;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/** Data of PartnerReportSubmitted, reduced to what the partner report shows: when, challenges and risks. */
record PartnerReportSubmitted(String reportId, String agreementNumber, String projectNumber, String partnerId,
                              Boolean finalReport, LocalDate dueOn, LocalDate submittedOn, String challenges,
                              List<ReportedRisk> risks) {

    OwedReport.Submission toFact() {
        OwedReport report = new OwedReport(required(reportId, "reportId"), required(agreementNumber, "agreementNumber"),
                required(projectNumber, "projectNumber"), partnerId, Boolean.TRUE.equals(finalReport),
                required(dueOn, "dueOn"), null);
        return new OwedReport.Submission(report, required(submittedOn, "submittedOn"), challenges,
                risks == null ? List.of() : risks);
    }
}
