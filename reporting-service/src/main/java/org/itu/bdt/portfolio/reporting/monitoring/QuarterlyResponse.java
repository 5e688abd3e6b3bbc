package org.itu.bdt.portfolio.reporting.monitoring;

import java.time.OffsetDateTime;
import java.util.List;

/** A quarter's report; {@code lock} is null while the quarter is open. */
public record QuarterlyResponse(QuarterlyReport report, Lock lock, List<Adjustment> adjustments) {

    /** Who locked the quarter and when. */
    public record Lock(String period, OffsetDateTime lockedAt, String lockedBy) {

        static Lock of(QuarterLock lock) {
            return new Lock(lock.period(), lock.lockedAt(), lock.lockedBy());
        }
    }

    static QuarterlyResponse of(QuarterlyReportService.Answer answer) {
        return new QuarterlyResponse(answer.report(), answer.lock() == null ? null : Lock.of(answer.lock()),
                answer.adjustments());
    }
}
