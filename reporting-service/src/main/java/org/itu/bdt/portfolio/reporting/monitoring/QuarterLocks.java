package org.itu.bdt.portfolio.reporting.monitoring;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The locked quarters, in reporting_admin beside the active-schema pointer: a rebuild replaces the read model's
 * schema, not this one, so a lock outlives every rebuild.
 */
@ApplicationScoped
public class QuarterLocks {

    private static final String UNIQUE_VIOLATION = "23505";

    private final AgroalDataSource admin;

    QuarterLocks(@DataSource("admin") AgroalDataSource admin) {
        this.admin = admin;
    }

    public Optional<QuarterLock> find(Quarter quarter) {
        try (Connection connection = admin.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select period, locked_at, locked_by, cast(report as text) from quarter_lock where period = ?")) {
            statement.setString(1, quarter.toString());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new QuarterLock(row.getString(1),
                        row.getObject(2, OffsetDateTime.class), row.getString(3), row.getString(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores the lock once; the primary key refuses a second one, whichever instance tries. */
    public QuarterLock lock(Quarter quarter, String lockedBy, String report) {
        try (Connection connection = admin.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "insert into quarter_lock (period, locked_by, report) values (?, ?, cast(? as jsonb))")) {
            statement.setString(1, quarter.toString());
            statement.setString(2, lockedBy);
            statement.setString(3, report);
            statement.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new QuarterLockConflictException(quarter + " is locked already");
            }
            throw new IllegalStateException(e);
        }
        return find(quarter).orElseThrow();
    }
}
