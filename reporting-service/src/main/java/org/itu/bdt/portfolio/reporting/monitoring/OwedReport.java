package org.itu.bdt.portfolio.reporting.monitoring;

import java.time.LocalDate;
import java.util.List;

/** A partner report an agreement owes: its deadline and, once known, the first day it is overdue. */
public record OwedReport(String reportId, String agreementNumber, String projectNumber, String partnerId,
                         boolean finalReport, LocalDate dueOn, LocalDate overdueSince) {

    /** The report as submitted: when, and the challenges and risks it states. */
    public record Submission(OwedReport report, LocalDate submittedOn, String challenges, List<ReportedRisk> risks) {
    }
}
