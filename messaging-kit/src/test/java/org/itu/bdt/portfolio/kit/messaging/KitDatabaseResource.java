package org.itu.bdt.portfolio.kit.messaging;

import org.itu.bdt.portfolio.kit.audit.AuditedChanges;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** The kit's own application test database: recreated, then given the outbox, inbox and audit tables the services have. */
public class KitDatabaseResource extends PostgresDatabaseResource {

    @Override
    public Map<String, String> start() {
        super.start();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(TestOutbox.SCHEMA);
            statement.execute(AuditedChanges.SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the outbox tables", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl());
    }
}
