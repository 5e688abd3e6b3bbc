package org.itu.bdt.portfolio.funding;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Reads the service's tables directly, to prove what a request did or did not store. */
public record Tables(DataSource dataSource) {

    /** What a refused request must leave as it was: the rows it could have added, its event, its audit entry. */
    public record Counts(long partners, long agreements, long amendments, long outboxEvents, long auditEntries) {
    }

    public Counts counts() {
        return new Counts(count("partner"), count("agreement"), count("amendment"), count("outbox_event"),
                count("audit_entry"));
    }

    public long count(String table) {
        return queryLong("select count(*) from " + table);
    }

    /** Whether the outbox row was published; empty when there is no such row. */
    public Optional<Boolean> published(UUID outboxEventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select published_at from outbox_event where id = ?")) {
            statement.setObject(1, outboxEventId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getTimestamp(1) != null) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long queryLong(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
