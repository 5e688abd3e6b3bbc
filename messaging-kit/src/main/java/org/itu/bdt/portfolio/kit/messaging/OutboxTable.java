package org.itu.bdt.portfolio.kit.messaging;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The relay's reads and writes on outbox_event. Each is one autocommitted statement on a connection taken for it
 * alone, so no transaction stays open while the relay waits for Kafka.
 */
class OutboxTable {

    private final DataSource dataSource;

    OutboxTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<PendingEvent> nextPending(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select id, topic, message_key, event_type, payload, occurred_at from outbox_event
                     where published_at is null order by position limit ?""")) {
            select.setInt(1, limit);
            List<PendingEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new PendingEvent(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
            return events;
        }
    }

    void markPublished(List<PendingEvent> events, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update outbox_event set published_at = ? where id = any(?)")) {
            Array ids = connection.createArrayOf("uuid", events.stream().map(PendingEvent::id).toArray());
            update.setObject(1, at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            update.setArray(2, ids);
            update.executeUpdate();
        }
    }

    /** Deletes at most {@code limit} rows published before {@code cutoff}, oldest first; how many it deleted. */
    int deletePublishedBefore(Instant cutoff, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("""
                     delete from outbox_event where id in (select id from outbox_event
                     where published_at < ? order by published_at limit ?)""")) {
            delete.setObject(1, cutoff.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            delete.setInt(2, limit);
            return delete.executeUpdate();
        }
    }

    long countPending() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from outbox_event where published_at is null");
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
