package org.itu.bdt.portfolio.reporting.platform;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

/** The parts every report shares: asOf and year parameters, and the answer in the negotiated format. */
public final class ReportResponses {

    private ReportResponses() {
    }

    /**
     * JSON as the report's own record; CSV as its first table; xlsx as all its tables, to download. The format is
     * chosen before the report is built, so a 406 costs nothing.
     */
    public static Response respond(HttpHeaders headers, String fileName, Supplier<Report> report) {
        ReportFormat format = ReportFormat.negotiate(headers);
        Report built = report.get();
        return switch (format) {
            case JSON -> Response.ok(built.json(), format.mediaType()).build();
            case CSV -> Response.ok(ReportCsv.of(built.tables().get(0)), format.mediaType()).build();
            case XLSX -> Response.ok(ReportWorkbook.of(built.tables()), format.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"")
                    .build();
        };
    }

    /** A report in its two shapes: the JSON body with exact amounts, and its tables. */
    public record Report(Object json, List<ReportTable> tables) {
    }

    public static LocalDate asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("asOf", "must be a date YYYY-MM-DD, got '" + asOf + "'");
        }
    }

    /** A year from 1900 to 9999, or the fallback when absent. */
    public static int year(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.matches("\\d{4}") || Integer.parseInt(value) < 1900) {
            throw new InvalidParameterException(name, "must be a year from 1900 to 9999, got '" + value + "'");
        }
        return Integer.parseInt(value);
    }
}
