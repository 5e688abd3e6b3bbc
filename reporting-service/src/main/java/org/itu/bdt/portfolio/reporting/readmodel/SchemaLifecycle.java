package org.itu.bdt.portfolio.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a fresh read-model schema with the very migrations the active one has (the service's own Flyway
 * configuration, pointed at the new schema), and drops a schema's read model once nothing reads it any more.
 */
@ApplicationScoped
public class SchemaLifecycle {

    private final Flyway readModelMigrations;
    private final AgroalDataSource admin;

    SchemaLifecycle(Flyway readModelMigrations, @DataSource("admin") AgroalDataSource admin) {
        this.readModelMigrations = readModelMigrations;
        this.admin = admin;
    }

    public void create(String schema) {
        Flyway.configure()
                .configuration(readModelMigrations.getConfiguration())
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .load()
                .migrate();
    }

    /**
     * Drops every table of the schema, whichever migrations made them; the schema itself too, unless it is public,
     * where the read model began and which PostgreSQL owns.
     */
    public void drop(String schema) {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            if (!ReadModelSchemas.FIRST.equals(schema)) {
                statement.execute("drop schema if exists \"" + schema + "\" cascade");
                return;
            }
            for (String table : tables(connection, schema)) {
                statement.execute("drop table if exists \"" + schema + "\".\"" + table + "\" cascade");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("schema " + schema + " could not be dropped", e);
        }
    }

    /** Has PostgreSQL gather the statistics of every table of the schema, so that it plans on what they hold. */
    public void analyze(String schema) {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables(connection, schema)) {
                statement.execute("analyze \"" + schema + "\".\"" + table + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("schema " + schema + " could not be analysed", e);
        }
    }

    public boolean exists(String schema) {
        try (Connection connection = admin.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from pg_namespace where nspname = ?")) {
            query.setString(1, schema);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select tablename from pg_tables where schemaname = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                List<String> tables = new ArrayList<>();
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
                return tables;
            }
        }
    }
}
