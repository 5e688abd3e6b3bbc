package org.itu.bdt.portfolio.reporting.monitoring;

import java.time.OffsetDateTime;

/** Who locked a quarter and when; {@code report} is the quarterly report as it stood, as JSON. */
public record QuarterLock(String period, OffsetDateTime lockedAt, String lockedBy, String report) {
}
