package org.itu.bdt.portfolio.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Creates or drops the services' databases on the PostgreSQL server named by PGHOST, PGPORT, PGUSER and
 * PGPASSWORD (the psql conventions), so that the launcher and the tests need no PostgreSQL client programs.
 */
public final class LocalDatabases {

    private final String host = env("PGHOST", "127.0.0.1");
    private final String port = env("PGPORT", "5432");
    private final String user = env("PGUSER", "postgres");
    private final String password = env("PGPASSWORD", "");

    public static void main(String[] args) throws SQLException {
        if (args.length < 2 || !List.of("create", "drop", "recreate").contains(args[0])) {
            System.err.println("usage: LocalDatabases create|drop|recreate NAME...");
            System.exit(2);
        }
        LocalDatabases databases = new LocalDatabases();
        for (String name : Arrays.copyOfRange(args, 1, args.length)) {
            switch (args[0]) {
                case "create" -> databases.create(name);
                case "drop" -> databases.drop(name);
                default -> databases.recreate(name);
            }
        }
    }

    public void create(String name) throws SQLException {
        try (Connection c = connect(); PreparedStatement exists =
                c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                c.createStatement().execute("CREATE DATABASE " + identifier(name));
            }
        }
    }

    public void drop(String name) throws SQLException {
        try (Connection c = connect()) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + identifier(name) + " WITH (FORCE)");
        }
    }

    public void recreate(String name) throws SQLException {
        drop(name);
        create(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private Connection connect() throws SQLException {
        try {
            return DriverManager.getConnection(jdbcUrl("postgres"), user, password);
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL at " + host + ":" + port + " refused user " + user
                    + " (set PGHOST, PGPORT, PGUSER, PGPASSWORD): " + e.getMessage(), e);
        }
    }

    /** Database names come from the launcher and tests, but they are still quoted as identifiers. */
    private static String identifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        return '"' + name + '"';
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
