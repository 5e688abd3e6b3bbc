package org.itu.bdt.portfolio.kit.messaging;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The outbox and inbox tables as the services' migrations create them, on a real test database. */
final class TestOutbox {

    static final String SCHEMA = """
            create table outbox_event (
                id           uuid primary key,
                position     bigserial not null unique,
                topic        text not null,
                message_key  text not null,
                event_type   text not null,
                payload      text not null,
                occurred_at  timestamptz not null,
                published_at timestamptz null
            );
            create index outbox_event_pending on outbox_event (position) where published_at is null;
            create table consumed_event (
                event_id    uuid primary key,
                consumed_at timestamptz not null default now()
            );
            """;

    private final PostgresDatabaseResource database;

    private TestOutbox(PostgresDatabaseResource database) {
        this.database = database;
    }

    /** Recreates the database with the outbox and inbox tables. */
    static TestOutbox create(String databaseName) throws SQLException {
        var database = new PostgresDatabaseResource();
        database.init(Map.of(PostgresDatabaseResource.DATABASE, databaseName));
        database.start();
        var outbox = new TestOutbox(database);
        outbox.execute(SCHEMA);
        return outbox;
    }

    PGSimpleDataSource dataSource() {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        dataSource.setUser(System.getenv().getOrDefault("PGUSER", "postgres"));
        String password = System.getenv("PGPASSWORD");
        if (password != null && !password.isBlank()) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Appends an event as Outbox.append does, and returns its id. */
    UUID append(String topic, String key, String type, String payload) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into outbox_event (id, topic, message_key, event_type, payload, occurred_at)
                     values (?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, topic);
            insert.setString(3, key);
            insert.setString(4, type);
            insert.setString(5, payload);
            insert.setObject(6, Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return id;
    }

    List<UUID> published() throws SQLException {
        return ids("select id from outbox_event where published_at is not null order by position");
    }

    List<UUID> unpublished() throws SQLException {
        return ids("select id from outbox_event where published_at is null order by position");
    }

    /** Sessions on the test database that sit inside a transaction without running anything. */
    long idleInTransaction() throws SQLException {
        return count("""
                select count(*) from pg_stat_activity
                where datname = current_database() and state like 'idle in transaction%'""");
    }

    /** Ends the session that holds the relay's advisory lock, as a network failure would. */
    long killLockSession() throws SQLException {
        return count("""
                select count(pg_terminate_backend(pid)) from pg_locks
                where locktype = 'advisory' and granted and database = (
                    select oid from pg_database where datname = current_database())""");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private List<UUID> ids(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<UUID> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        }
    }

    static void createTopic(String bootstrapServers, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
    }

    /** The relay's producer with test-sized timeouts, and extra settings for a test's purpose. */
    static Producer<String, byte[]> producer(String bootstrapServers, Map<String, Object> extra) {
        var settings = new java.util.HashMap<>(OutboxRelay.producerSettings(bootstrapServers,
                "test-outbox-" + UUID.randomUUID(), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(4)));
        settings.putAll(extra);
        return new KafkaProducer<>(settings);
    }

    static OutboxRelay.Settings settings() {
        return settings(Duration.ZERO);
    }

    static OutboxRelay.Settings settings(Duration retention) {
        return new OutboxRelay.Settings("/bdt/messaging-kit-test", 500, Duration.ofMillis(100),
                Duration.ofMillis(500), Duration.ofSeconds(2), retention);
    }
}
