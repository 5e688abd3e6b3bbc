package org.itu.bdt.portfolio.reporting.platform;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** A report table as CSV: the printed figures, money rounded for display, RFC 4180 quoting where needed. */
public final class ReportCsv {

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

    private static String quoted(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
