package org.itu.bdt.portfolio.funding.platform;

import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Dates in query parameters: read here, so that a bad one is a 400 naming the parameter, not a 404. A date is one of
 * the years 1900 to 9999, as in the reports: {@code -999999999-01-01} is an ISO date, but PostgreSQL cannot compare it.
 */
public final class QueryDates {
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private QueryDates() {
    }

    public static LocalDate parse(String parameter, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(new FieldError(parameter, "must be an ISO date (YYYY-MM-DD)")));
        }
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new InvalidRequestException(List.of(new FieldError(parameter,
                    "must be a date from " + FIRST + " to " + LAST)));
        }
        return date;
    }
}
