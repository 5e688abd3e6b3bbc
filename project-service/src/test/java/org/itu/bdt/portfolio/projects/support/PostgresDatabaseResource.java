package org.itu.bdt.portfolio.projects.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Recreates the projects_test database before the application starts, so every run begins empty. */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = System.getenv().getOrDefault("PROJECTS_TEST_DB", "projects_test");

    @Override
    public Map<String, String> start() {
        String host = env("PGHOST", "127.0.0.1");
        String port = env("PGPORT", "5432");
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, env("PGUSER", "postgres"), System.getenv("PGPASSWORD"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not recreate database " + DATABASE + " at " + url, e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // the database stays for inspection after the run; the next run drops it
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
