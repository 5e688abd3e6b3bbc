package org.itu.bdt.portfolio.reporting.ledger;

import jakarta.persistence.Parameter;
import jakarta.persistence.Query;

import java.util.Map;
import java.util.SortedMap;

/**
 * Ledger lines as columns, for one statement that writes them all (unnest): amounts as exact decimal text, dates as
 * ISO text, in the lines' order.
 */
record LedgerRows(String[] dimensions, String[] keys, String[] dates, Integer[] projects, String[] partnerChf,
                  String[] ituChf) {

    static LedgerRows of(SortedMap<LedgerLine, LedgerAmounts> lines) {
        int size = lines.size();
        var rows = new LedgerRows(new String[size], new String[size], new String[size], new Integer[size],
                new String[size], new String[size]);
        int row = 0;
        for (var line : lines.entrySet()) {
            rows.dimensions[row] = line.getKey().dimension().name();
            rows.keys[row] = line.getKey().key();
            rows.dates[row] = line.getKey().effectiveOn().toString();
            rows.projects[row] = line.getValue().projects();
            rows.partnerChf[row] = line.getValue().partnerChf().toPlainString();
            rows.ituChf[row] = line.getValue().ituChf().toPlainString();
            row++;
        }
        return rows;
    }

    /** Binds the columns the statement names: :dimensions, :keys, :dates, :projects, :partnerChf, :ituChf. */
    Query bind(Query statement) {
        Map<String, Object[]> columns = Map.of("dimensions", dimensions, "keys", keys, "dates", dates,
                "projects", projects, "partnerChf", partnerChf, "ituChf", ituChf);
        for (Parameter<?> parameter : statement.getParameters()) {
            statement.setParameter(parameter.getName(), columns.get(parameter.getName()));
        }
        return statement;
    }

    boolean isEmpty() {
        return keys.length == 0;
    }
}
