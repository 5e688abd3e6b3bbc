package org.itu.bdt.portfolio.reporting.platform;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

/** The parts every report shares: asOf and year parameters, and the answer in the negotiated format. */
public final class ReportResponses {

    /** The first day a report can be asked for: as the years of the reports, from 1900. */
    private static final String FIRST_DATE = "1900-01-01";

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
        // ISO's extended years (+9999999-01-01) parse, but no database date or report reaches them
        if (!asOf.matches("\\d{4}-\\d{2}-\\d{2}") || asOf.compareTo(FIRST_DATE) < 0) {
            throw invalidAsOf(asOf);
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw invalidAsOf(asOf);
        }
    }

    private static InvalidParameterException invalidAsOf(String asOf) {
        return new InvalidParameterException("asOf",
                "must be a date YYYY-MM-DD from " + FIRST_DATE + " to 9999-12-31, got '" + asOf + "'");
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
