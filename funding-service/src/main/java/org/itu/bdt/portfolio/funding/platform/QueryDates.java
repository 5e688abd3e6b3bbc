package org.itu.bdt.portfolio.funding.platform;

import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Dates in query parameters: read here, so that a bad one is a 400 naming the parameter, not a 404. */
public final class QueryDates {
    private QueryDates() {
    }

    public static LocalDate parse(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(new FieldError(parameter, "must be an ISO date (YYYY-MM-DD)")));
        }
    }
}
