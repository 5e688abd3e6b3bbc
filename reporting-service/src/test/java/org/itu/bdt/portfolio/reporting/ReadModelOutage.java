package org.itu.bdt.portfolio.reporting;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes every read-model write fail as it does while PostgreSQL shuts down (SQLSTATE 57P01), in the active
 * read-model schema, until {@link #end()}.
 */
@ApplicationScoped
public class ReadModelOutage {

    private final AgroalDataSource dataSource;

    ReadModelOutage(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void begin() {
        execute("""
                create or replace function refuse_writes() returns trigger language plpgsql as $$
                begin
                  raise exception 'terminating connection due to administrator command' using errcode = '57P01';
                end $$;
                create trigger outage before insert on consumed_event for each row execute function refuse_writes();
                """);
    }

    public void end() {
        execute("drop trigger if exists outage on consumed_event");
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
