package org.itu.bdt.portfolio.reporting.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of a report as the CSV and the spreadsheet show it. Cells are text, whole numbers, or exact CHF
 * amounts that a money column displays rounded.
 */
public record ReportTable(String name, List<Column> columns, List<List<Object>> rows) {

    /**
     * How a column shows its cells: a money column holds exact CHF and displays it rounded half-up; a decimal
     * column shows its exact value (the drill-downs' amounts and rates).
     */
    public enum Kind { TEXT, COUNT, DECIMAL, THOUSANDS_1, THOUSANDS_0, MILLIONS_1 }

    public record Column(String name, Kind kind) {

        public boolean isMoney() {
            return kind == Kind.THOUSANDS_1 || kind == Kind.THOUSANDS_0 || kind == Kind.MILLIONS_1;
        }
    }

    public ReportTable(String name, List<Column> columns) {
        this(name, columns, new ArrayList<>());
    }

    public static Column text(String name) {
        return new Column(name, Kind.TEXT);
    }

    public static Column count(String name) {
        return new Column(name, Kind.COUNT);
    }

    public static Column decimal(String name) {
        return new Column(name, Kind.DECIMAL);
    }

    public static Column money(String name, Kind display) {
        return new Column(name, display);
    }

    public ReportTable row(Object... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }
}
