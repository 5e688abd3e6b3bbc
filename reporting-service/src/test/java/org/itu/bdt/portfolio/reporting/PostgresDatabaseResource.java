package org.itu.bdt.portfolio.reporting;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Recreates the reporting_test database on the local PostgreSQL before the application starts. */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = System.getenv().getOrDefault("REPORTING_TEST_DB", "reporting_test");

    @Override
    public Map<String, String> start() {
        String url = "jdbc:postgresql://%s:%s/postgres".formatted(env("PGHOST", "127.0.0.1"), env("PGPORT", "5432"));
        var credentials = new Properties();
        credentials.setProperty("user", env("PGUSER", "postgres"));
        Optional.ofNullable(System.getenv("PGPASSWORD")).filter(password -> !password.isEmpty())
                .ifPresent(password -> credentials.setProperty("password", password));
        try (Connection connection = DriverManager.getConnection(url, credentials);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not recreate database " + DATABASE, e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
