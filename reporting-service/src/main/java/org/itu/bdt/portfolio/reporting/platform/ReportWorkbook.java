package org.itu.bdt.portfolio.reporting.platform;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A report as an .xlsx workbook: one sheet per table, numbers as numeric cells. Each money column appears twice:
 * the exact CHF amount ({@code <name>_chf}) and the figure as displayed ({@code <name>}), rounded half-up.
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static byte[] of(List<ReportTable> tables) {
        try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            tables.forEach(table -> write(workbook.createSheet(table.name()), table));
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, ReportTable table) {
        Row header = sheet.createRow(0);
        int column = 0;
        for (ReportTable.Column each : table.columns()) {
            header.createCell(column++).setCellValue(each.name());
            if (each.isMoney()) {
                header.createCell(column++).setCellValue(each.name() + "_chf");
            }
        }
        for (int r = 0; r < table.rows().size(); r++) {
            writeRow(sheet.createRow(r + 1), table.columns(), table.rows().get(r));
        }
    }

    private static void writeRow(Row row, List<ReportTable.Column> columns, List<Object> cells) {
        int column = 0;
        for (int i = 0; i < columns.size(); i++) {
            ReportTable.Column each = columns.get(i);
            Object value = cells.get(i);
            if (each.isMoney()) {
                BigDecimal exact = (BigDecimal) value;
                set(row.createCell(column++), exact == null ? null : ReportCsv.displayed(each.kind(), exact));
                set(row.createCell(column++), value);
            } else {
                set(row.createCell(column++), value);
            }
        }
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.longValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
