package org.itu.bdt.portfolio.kit.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a service's database holds, in one SQL query: per table of its schemas, the row count and a hash (the sum of
 * each row's hash, so it needs no ordering). Two equal fingerprints mean no row was added, removed or changed.
 * <ul>
 *   <li>{@link #take()} hashes each row's version ({@code xmin}, the transaction that wrote it: any committed insert
 *   or update gives the row a new one). It costs a few milliseconds however wide the rows, so it can be taken after
 *   each of thousands of requests. A table with a column that a background job changes after an accepted request
 *   (the relay's {@code published_at}) is hashed by its primary keys instead: its rows may not come or go.</li>
 *   <li>{@link #content()} hashes each row's content, leaving out those columns.</li>
 * </ul>
 * Tables named as ignored are left out. The tables are found when the fingerprint is made and again by
 * {@link #refresh()} (a rebuild may add a schema).
 */
public final class DatabaseFingerprint {

    private final DataSource dataSource;
    private final Collection<String> schemas;
    private final Collection<String> volatileColumns;
    private final Collection<String> ignoredTables;
    private String versions;
    private String contents;

    /**
     * @param schemas         the service's schemas; a pattern of {@code LIKE} (e.g. {@code read_model%}) is allowed
     * @param volatileColumns columns that a background job changes
     * @param ignoredTables   tables (unqualified names) left out altogether
     */
    public DatabaseFingerprint(DataSource dataSource, Collection<String> schemas, Collection<String> volatileColumns,
                               Collection<String> ignoredTables) {
        this.dataSource = dataSource;
        this.schemas = List.copyOf(schemas);
        this.volatileColumns = List.copyOf(volatileColumns);
        this.ignoredTables = List.copyOf(ignoredTables);
        refresh();
    }

    /** Finds the tables of the schemas again. */
    public void refresh() {
        String schemaTest = schemas.stream().map(schema -> "n.nspname like " + literal(schema))
                .collect(Collectors.joining(" or ", "(", ")"));
        String ignored = ignoredTables.stream().map(DatabaseFingerprint::literal).collect(Collectors.joining(", "));
        String volatiles = volatileColumns.stream().map(DatabaseFingerprint::literal).collect(Collectors.joining(", "));
        String discovery = """
                select quote_ident(n.nspname) || '.' || quote_ident(c.relname),
                       exists (select 1 from pg_attribute a where a.attrelid = c.oid and not a.attisdropped
                               and a.attname in (%s)),
                       (select string_agg(quote_ident(a.attname), ', ') from pg_index i join pg_attribute a
                          on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                        where i.indrelid = c.oid and i.indisprimary)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind = 'r' and %s and c.relname not in (%s)
                order by 1
                """.formatted(volatiles.isEmpty() ? "''" : volatiles, schemaTest, ignored.isEmpty() ? "''" : ignored);
        List<String> versionParts = new ArrayList<>();
        List<String> contentParts = new ArrayList<>();
        String without = volatileColumns.stream().map(column -> " - " + literal(column)).collect(Collectors.joining());
        query(discovery, rows -> {
            String table = rows.getString(1);
            String key = rows.getString(3);
            String version = rows.getBoolean(2) ? (key == null ? "'-'" : "row(" + key + ")::text") : "xmin::text";
            versionParts.add(part(table, version));
            contentParts.add(part(table, "(to_jsonb(t)" + without + ")::text"));
        });
        this.versions = versionParts.isEmpty() ? "select '', 0, 0" : String.join(" union all ", versionParts);
        this.contents = contentParts.isEmpty() ? "select '', 0, 0" : String.join(" union all ", contentParts);
    }

    private static String part(String table, String hashed) {
        return "select %s, count(*), coalesce(sum(hashtext(%s)::bigint), 0) from %s t"
                .formatted(literal(table), hashed, table);
    }

    /** Table → "rows:hash of the row versions". */
    public Map<String, String> take() {
        return fingerprint(versions);
    }

    /** Table → "rows:hash of the rows' content". */
    public Map<String, String> content() {
        refresh();
        return fingerprint(contents);
    }

    private Map<String, String> fingerprint(String sql) {
        Map<String, String> tables = new TreeMap<>();
        query(sql, rows -> tables.put(rows.getString(1), rows.getLong(2) + ":" + rows.getLong(3)));
        return tables;
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    /** Runs a query, again on a new connection when the server dropped the connection (a restart of PostgreSQL). */
    private void query(String sql, Row row) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement(sql);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
                return;
            } catch (SQLException e) {
                String state = String.valueOf(e.getSQLState());
                if (attempt == 5 || !(state.startsWith("08") || state.startsWith("57P"))) {
                    throw new IllegalStateException("the database fingerprint failed", e);
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the database was away", e);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The tables whose rows differ between two fingerprints, with their counts before and after. */
    public static String difference(Map<String, String> before, Map<String, String> after) {
        Set<String> tables = new TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        return tables.stream().filter(table -> !Objects.equals(before.get(table), after.get(table)))
                .map(table -> table + " " + rowsOf(before.get(table)) + "→" + rowsOf(after.get(table)) + " rows")
                .collect(Collectors.joining(", "));
    }

    private static String rowsOf(String fingerprint) {
        return fingerprint == null ? "-" : fingerprint.substring(0, fingerprint.indexOf(':'));
    }
}
