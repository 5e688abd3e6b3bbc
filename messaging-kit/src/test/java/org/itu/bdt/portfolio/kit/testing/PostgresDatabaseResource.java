package org.itu.bdt.portfolio.kit.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * Drops and recreates the test database on the machine's PostgreSQL (PGHOST, PGPORT, PGUSER, PGPASSWORD, defaults
 * 127.0.0.1:5432, postgres, no password) before the application starts, so every run begins empty. The database is
 * named by the environment variable named in the init arg {@code database-env} if it is set, else by the init arg
 * {@code database}. It stays after the run for inspection; the next run drops it.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "database";
    public static final String DATABASE_ENV = "database-env";

    private String database = "portfolio_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, database);
        String fromEnvironment = initArgs.containsKey(DATABASE_ENV) ? env(initArgs.get(DATABASE_ENV), null) : null;
        if (fromEnvironment != null) {
            database = fromEnvironment;
        }
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
    }

    @Override
    public Map<String, String> start() {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not recreate database " + database, e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // the database stays for inspection; the next run drops it
    }

    public String database() {
        return database;
    }

    public String jdbcUrl() {
        return jdbcUrl(database);
    }

    /** A connection to the test database, for plain JUnit tests and for checks from a test. */
    public Connection connect() throws SQLException {
        return connect(database);
    }

    private static Connection connect(String databaseName) throws SQLException {
        var credentials = new Properties();
        credentials.setProperty("user", env("PGUSER", "postgres"));
        String password = env("PGPASSWORD", null);
        if (password != null) {
            credentials.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl(databaseName), credentials);
    }

    private static String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://%s:%s/%s".formatted(env("PGHOST", "127.0.0.1"), env("PGPORT", "5432"), databaseName);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
