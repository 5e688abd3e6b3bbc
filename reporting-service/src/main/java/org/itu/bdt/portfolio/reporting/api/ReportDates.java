package org.itu.bdt.portfolio.reporting.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The asOf parameter every report and check takes: a date, today by default, a 400 problem if unreadable. */
final class ReportDates {

    private ReportDates() {
    }

    static LocalDate asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("asOf", "must be a date YYYY-MM-DD, got '" + asOf + "'");
        }
    }
}
