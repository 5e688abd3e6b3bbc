package org.itu.bdt.portfolio.projects.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads the service's tables directly, to check what a request stored. */
@ApplicationScoped
public class DatabaseRows {

    public record OutboxRow(String id, String eventType, OffsetDateTime occurredAt, OffsetDateTime publishedAt) {
    }

    @Inject
    DataSource dataSource;

    public long projects() {
        return count("select count(*) from project");
    }

    public long outboxEvents() {
        return count("select count(*) from outbox_event");
    }

    public List<OutboxRow> outboxEventsOf(String projectNumber) {
        String sql = "select id, event_type, occurred_at, published_at from outbox_event where message_key = ? order by position";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, projectNumber);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(result.getString(1), result.getString(2),
                            result.getObject(3, OffsetDateTime.class), result.getObject(4, OffsetDateTime.class)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long boardDecisions() {
        return count("select count(*) from board_decision");
    }

    public long boardActions() {
        return count("select count(*) from board_action");
    }

    public long agreements() {
        return count("select count(*) from project_agreement");
    }

    public boolean agreementRecorded(String agreementNumber) {
        return count("select count(*) from project_agreement where agreement_number = '" + agreementNumber + "'") == 1;
    }

    public long agreementsOf(String projectNumber) {
        return count("select count(*) from project_agreement where project_number = '" + projectNumber + "'");
    }

    public LocalDate agreementCancelledOn(String agreementNumber) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select cancelled_on from project_agreement where agreement_number = ?")) {
            statement.setString(1, agreementNumber);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getObject(1, LocalDate.class) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The data of the outbox events of one type written for a project, oldest first. */
    public List<String> outboxPayloadsOf(String projectNumber, String eventType) {
        String sql = "select payload from outbox_event where message_key = ? and event_type = ? order by position";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, projectNumber);
            statement.setString(2, eventType);
            List<String> payloads = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    payloads.add(result.getString(1));
                }
            }
            return payloads;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outbox events of one type written for a project, oldest first. */
    public List<OutboxRow> outboxEventsOf(String projectNumber, String eventType) {
        return outboxEventsOf(projectNumber).stream().filter(row -> row.eventType().equals(eventType)).toList();
    }

    /** Names a project's manager directly, as a PUT of the whole record would. */
    public void setProjectManager(String projectNumber, String projectManager) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "update project set project_manager = ? where project_number = ?")) {
            statement.setString(1, projectManager);
            statement.setString(2, projectNumber);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void deleteProjects() {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("delete from project");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection();
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
