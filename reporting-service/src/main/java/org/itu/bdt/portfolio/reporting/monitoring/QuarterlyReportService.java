package org.itu.bdt.portfolio.reporting.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;
import org.itu.bdt.portfolio.reporting.platform.JsonConfiguration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A quarter's report as the reader gets it: a locked quarter answers its stored report whatever arrived later,
 * with the differences since as adjustments; the quarter after a locked one shows those adjustments too.
 */
@ApplicationScoped
public class QuarterlyReportService {

    private final QuarterlyReports reports;
    private final QuarterLocks locks;
    private final AuditTrail audit;
    /** Reads locked reports tolerantly: a lock is kept for good, and later versions may drop a field it holds. */
    private final ObjectMapper json;

    QuarterlyReportService(QuarterlyReports reports, QuarterLocks locks, AuditTrail audit, ObjectMapper json) {
        this.reports = reports;
        this.locks = locks;
        this.audit = audit;
        this.json = JsonConfiguration.tolerant(json);
    }

    /** The report, its lock if any, and the adjustments that late events made to a locked quarter. */
    public record Answer(QuarterlyReport report, QuarterLock lock, List<Adjustment> adjustments) {
    }

    /** What a lock fixed for good, as the audit trail keeps it. */
    record LockedFigures(OffsetDateTime lockedAt, String lockedBy, QuarterlyReport.Figures figures) {
    }

    public Answer of(Quarter quarter, LocalDate asOf) {
        Optional<QuarterLock> lock = locks.find(quarter);
        if (lock.isPresent()) {
            QuarterlyReport locked = read(lock.get());
            return new Answer(locked, lock.get(), adjustments(quarter, locked, asOf));
        }
        List<Adjustment> carried = locks.find(quarter.previous())
                .map(previous -> adjustments(quarter.previous(), read(previous), asOf)).orElse(List.of());
        return new Answer(reports.of(quarter, asOf), null, carried);
    }

    /**
     * Stores the quarter's report as it stands today, only for a quarter that has ended, and only once; the audit
     * trail keeps who locked it with the figures locked, in the same transaction.
     */
    @Transactional
    public QuarterLock lock(Quarter quarter, String lockedBy, LocalDate today) {
        if (!quarter.lastDay().isBefore(today)) {
            throw new QuarterLockConflictException(quarter + " has not ended; it can be locked from "
                    + quarter.lastDay().plusDays(1));
        }
        QuarterlyReport report = reports.of(quarter, today);
        QuarterLock lock = locks.lock(quarter, lockedBy, write(report));
        audit.record("quarter-lock", lock.period(), "locked", null,
                new LockedFigures(lock.lockedAt(), lock.lockedBy(), report.figures()));
        return lock;
    }

    public Optional<QuarterLock> lockOf(Quarter quarter) {
        return locks.find(quarter);
    }

    private List<Adjustment> adjustments(Quarter quarter, QuarterlyReport locked, LocalDate asOf) {
        return Adjustment.between(quarter.toString(), locked.figures(), reports.of(quarter, asOf).figures());
    }

    private String write(QuarterlyReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private QuarterlyReport read(QuarterLock lock) {
        try {
            return json.readValue(lock.report(), QuarterlyReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("locked report of " + lock.period() + " is unreadable", e);
        }
    }
}
