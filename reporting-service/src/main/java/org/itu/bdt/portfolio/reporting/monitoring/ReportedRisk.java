package org.itu.bdt.portfolio.reporting.monitoring;

/** A risk as a partner report states it; rating is LOW, MEDIUM, HIGH or CRITICAL. */
public record ReportedRisk(String description, String rating, String mitigation) {
}
