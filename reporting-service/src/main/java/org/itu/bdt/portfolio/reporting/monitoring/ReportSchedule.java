package org.itu.bdt.portfolio.reporting.monitoring;

import java.time.LocalDate;
import java.util.List;

/** An agreement's partner-report schedule as project-service last announced it. */
public record ReportSchedule(String agreementNumber, String projectNumber, String partnerId, int intervalMonths,
                             List<Deadline> deadlines, LocalDate endedOn) {

    /** A deadline not submitted when the schedule was announced. */
    public record Deadline(String reportId, LocalDate dueOn) {
    }
}
