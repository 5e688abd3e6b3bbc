package org.itu.bdt.portfolio.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Which PostgreSQL schema holds the read model. Every connection of the default datasource gets its search_path
 * from here when it is taken from the pool (ReadModelSearchPath), so the read model's tables are never qualified:
 * reports and live consumers use the active schema; a rebuild's thread writes into its own fresh schema. The
 * active schema is persisted in reporting_admin.read_model and survives a restart.
 */
@ApplicationScoped
public class ReadModelSchemas {

    /** Where the read model lived before the first rebuild. */
    static final String FIRST = "public";

    private final AgroalDataSource admin;
    private final AtomicReference<String> active = new AtomicReference<>();
    private final ThreadLocal<String> rebuilding = new ThreadLocal<>();

    ReadModelSchemas(@DataSource("admin") AgroalDataSource admin) {
        this.admin = admin;
    }

    /** The schema the current thread's connections use. */
    String current() throws SQLException {
        String schema = rebuilding.get();
        return schema != null ? schema : active();
    }

    public String active() throws SQLException {
        String schema = active.get();
        if (schema == null) {
            schema = persistedActive();
            active.compareAndSet(null, schema);
        }
        return active.get();
    }

    public boolean isRebuilding() {
        return rebuilding.get() != null;
    }

    /** Runs the work with every connection the thread takes pointed at the given schema. */
    public void runIn(String schema, Runnable work) {
        rebuilding.set(schema);
        try {
            work.run();
        } finally {
            rebuilding.remove();
        }
    }

    /** From now on, connections taken from the pool use this schema; call once its pointer is persisted. */
    public void activate(String schema) {
        active.set(schema);
    }

    /** Before the admin schema's first migration there is no pointer yet: the read model is where it began. */
    private String persistedActive() throws SQLException {
        try (Connection connection = admin.getConnection();
             ResultSet exists = connection.createStatement()
                     .executeQuery("select to_regclass('reporting_admin.read_model') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return FIRST;
            }
            try (ResultSet pointer = connection.createStatement()
                    .executeQuery("select active_schema from reporting_admin.read_model")) {
                return pointer.next() ? pointer.getString(1) : FIRST;
            }
        }
    }
}
