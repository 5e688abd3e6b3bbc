package org.itu.bdt.portfolio.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rebuilds and the active-schema pointer in reporting_admin, written outside any read-model transaction (but for
 * a rebuild's start, which its audit entry joins).
 */
@ApplicationScoped
public class Rebuilds {

    private static final String COLUMNS =
            "id, state, target_schema, records_replayed, started_at, finished_at, failure";

    private final AgroalDataSource admin;
    private final EntityManager entityManager;

    Rebuilds(@DataSource("admin") AgroalDataSource admin, EntityManager entityManager) {
        this.admin = admin;
        this.entityManager = entityManager;
    }

    /**
     * Records a new running rebuild in the caller's transaction of the default datasource, where its audit entry is
     * written too (hence the qualified name); the schema it fills is named after it. The partial unique index lets
     * one run at a time, across instances.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long start() {
        List<?> started = entityManager.createNativeQuery("""
                insert into reporting_admin.rebuild (state, target_schema) values ('RUNNING', '')
                on conflict do nothing returning id""").getResultList();
        if (started.isEmpty()) {
            throw new RebuildAlreadyRunningException("rebuild " + running().map(Rebuild::id).orElse(0L)
                    + " is still running");
        }
        long id = ((Number) started.get(0)).longValue();
        entityManager.createNativeQuery("update reporting_admin.rebuild set target_schema = :schema where id = :id")
                .setParameter("schema", targetSchema(id)).setParameter("id", id).executeUpdate();
        return id;
    }

    static String targetSchema(long id) {
        return "read_model_" + id;
    }

    public Optional<Rebuild> find(long id) {
        List<Rebuild> found = query("select " + COLUMNS + " from rebuild where id = " + id);
        return found.stream().findFirst();
    }

    public Optional<Rebuild> running() {
        return query("select " + COLUMNS + " from rebuild where state = 'RUNNING'").stream().findFirst();
    }

    public void progress(long id, long recordsReplayed) {
        execute("update rebuild set records_replayed = ? where id = ?", recordsReplayed, id);
    }

    /** The switch-over: the rebuilt schema becomes the active one and the rebuild finishes, both or neither. */
    public void finish(long id, String schema, long recordsReplayed) {
        try (Connection connection = admin.getConnection()) {
            connection.setAutoCommit(false);
            update(connection, "update read_model set active_schema = ?", schema);
            update(connection, "update rebuild set state = 'FINISHED', records_replayed = ?, finished_at = now() "
                    + "where id = ?", recordsReplayed, id);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void fail(long id, String failure) {
        execute("update rebuild set state = 'FAILED', failure = ?, finished_at = now() where id = ?", failure, id);
    }

    /** The rebuilds a stopped instance left running: marked abandoned; their schemas are returned for dropping. */
    public List<String> abandonRunning() {
        List<Rebuild> running = query("select " + COLUMNS + " from rebuild where state = 'RUNNING'");
        execute("update rebuild set state = 'ABANDONED', finished_at = now() where state = 'RUNNING'");
        return running.stream().map(Rebuild::targetSchema).toList();
    }

    private List<Rebuild> query(String sql) {
        try (Connection connection = admin.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<Rebuild> rebuilds = new ArrayList<>();
            while (rows.next()) {
                rebuilds.add(new Rebuild(rows.getLong(1), Rebuild.State.valueOf(rows.getString(2)), rows.getString(3),
                        rows.getLong(4), rows.getObject(5, OffsetDateTime.class),
                        rows.getObject(6, OffsetDateTime.class), rows.getString(7)));
            }
            return rebuilds;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = admin.getConnection()) {
            update(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
