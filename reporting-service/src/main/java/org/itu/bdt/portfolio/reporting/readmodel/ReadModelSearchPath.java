package org.itu.bdt.portfolio.reporting.readmodel;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Points each connection taken from the default pool at the read-model schema of the thread taking it. A
 * connection stays with its transaction until the end, so a transaction never sees two schemas.
 */
@ApplicationScoped
public class ReadModelSearchPath implements AgroalPoolInterceptor {

    private final ReadModelSchemas schemas;

    ReadModelSearchPath(ReadModelSchemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set search_path to \"" + schemas.current() + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("read-model schema could not be selected", e);
        }
    }
}
