package org.itu.bdt.portfolio.reporting.platform;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A report table as CSV: the printed figures, money rounded for display, RFC 4180 quoting where needed. */
public final class ReportCsv {

    private static final Pattern FORMULA = Pattern.compile("[=+\\-@\t\r]");

    private ReportCsv() {
    }

    public static String of(ReportTable table) {
        var csv = new StringBuilder();
        csv.append(table.columns().stream().map(ReportTable.Column::name).collect(Collectors.joining(",")))
                .append('\n');
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(cell(table.columns().get(i), row.get(i)));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String cell(ReportTable.Column column, Object value) {
        if (value == null) {
            return "";
        }
        if (column.isMoney()) {
            return displayed(column.kind(), (BigDecimal) value).toPlainString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return quoted(value.toString());
    }

    static BigDecimal displayed(ReportTable.Kind kind, BigDecimal chf) {
        return switch (kind) {
            case THOUSANDS_1 -> Displayed.thousands(chf, 1);
            case THOUSANDS_0 -> Displayed.thousands(chf, 0);
            case MILLIONS_1 -> Displayed.millions(chf, 1);
            default -> throw new IllegalArgumentException(kind + " is not money");
        };
    }

    /**
     * A text cell beginning with =, +, -, @, a tab or a carriage return would run as a formula in a spreadsheet (a
     * project title is anyone's input): it is written as text, behind an apostrophe.
     */
    private static String quoted(String text) {
        String safe = FORMULA.matcher(text).lookingAt() ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
