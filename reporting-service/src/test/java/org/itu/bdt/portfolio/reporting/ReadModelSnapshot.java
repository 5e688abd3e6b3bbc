package org.itu.bdt.portfolio.reporting;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table of the active read-model schema with its rows, whichever tables the migrations made: what a rebuild
 * must reproduce. Timestamps of when a row was written and Flyway's own history are left out.
 */
@ApplicationScoped
public class ReadModelSnapshot {

    private static final String COLUMNS = """
            select table_name, string_agg(quote_ident(column_name), ', ' order by ordinal_position)
            from information_schema.columns
            where table_schema = current_schema() and table_name <> 'flyway_schema_history'
              and data_type <> 'timestamp with time zone'
            group by table_name""";

    private final AgroalDataSource dataSource;

    ReadModelSnapshot(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, List<String>> tables() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<String, String> columns = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery(COLUMNS)) {
                while (rows.next()) {
                    columns.put(rows.getString(1), rows.getString(2));
                }
            }
            Map<String, List<String>> tables = new TreeMap<>();
            for (var table : columns.entrySet()) {
                tables.put(table.getKey(), rows(statement, table.getKey(), table.getValue()));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String activeSchema() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_schema()")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rows(Statement statement, String table, String columns) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(
                "select (" + columns + ")::text from " + table + " order by 1")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
