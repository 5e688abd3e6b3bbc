package org.itu.bdt.portfolio.funding;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Every run starts from an empty funding_test database on the machine's PostgreSQL. */
@QuarkusTestResource(value = PostgresDatabaseResource.class, restrictToAnnotatedClass = false)
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {
    private static final String DATABASE = System.getenv().getOrDefault("FUNDING_TEST_DB", "funding_test");

    @Override
    public Map<String, String> start() {
        String url = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, env("PGUSER", "postgres"),
                System.getenv("PGPASSWORD"));
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate database " + DATABASE, e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // the database stays for inspection; the next run drops it
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
