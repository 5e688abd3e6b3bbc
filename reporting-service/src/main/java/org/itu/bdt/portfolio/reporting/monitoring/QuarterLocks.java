package org.itu.bdt.portfolio.reporting.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The locked quarters, in reporting_admin beside the active-schema pointer: a rebuild replaces the read model's
 * schema, not this one, so a lock outlives every rebuild. Reached through the default datasource (its search path is
 * the read model's, hence the qualified name), so that a lock and its audit entry commit together.
 */
@ApplicationScoped
public class QuarterLocks {

    private final EntityManager entityManager;

    QuarterLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<QuarterLock> find(Quarter quarter) {
        return first(entityManager.createNativeQuery("""
                        select period, locked_at, locked_by, cast(report as text) from reporting_admin.quarter_lock
                        where period = :period""")
                .setParameter("period", quarter.toString()).getResultList());
    }

    /** Stores the lock once; the primary key refuses a second one, whichever instance tries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public QuarterLock lock(Quarter quarter, String lockedBy, String report) {
        return first(entityManager.createNativeQuery("""
                        insert into reporting_admin.quarter_lock (period, locked_by, report)
                        values (:period, :lockedBy, cast(:report as jsonb)) on conflict (period) do nothing
                        returning period, locked_at, locked_by, cast(report as text)""")
                .setParameter("period", quarter.toString())
                .setParameter("lockedBy", lockedBy)
                .setParameter("report", report).getResultList())
                .orElseThrow(() -> new QuarterLockConflictException(quarter + " is locked already"));
    }

    private static Optional<QuarterLock> first(List<?> rows) {
        // Hibernate 7 reads a timestamptz column of a native query as an Instant
        return rows.stream().map(Object[].class::cast).findFirst().map(row -> new QuarterLock((String) row[0],
                ((Instant) row[1]).atOffset(ZoneOffset.UTC), (String) row[2], (String) row[3]));
    }
}
