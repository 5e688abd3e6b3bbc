package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.validation.constraints.NotNull;

/** Body of PUT /api/partner-reports/schedules/{agreementNumber}; 6 to 12 months, checked by the schedule. */
public record ReportingIntervalRequest(@NotNull Integer intervalMonths) {
}
