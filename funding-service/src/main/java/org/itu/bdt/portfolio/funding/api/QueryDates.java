package org.itu.bdt.portfolio.funding.api;

import org.itu.bdt.portfolio.funding.domain.FieldError;
import org.itu.bdt.portfolio.funding.domain.InvalidRequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Dates in query parameters: read here, so that a bad one is a 400 naming the parameter, not a 404. */
final class QueryDates {
    private QueryDates() {
    }

    static LocalDate parse(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(List.of(new FieldError(parameter, "must be an ISO date (YYYY-MM-DD)")));
        }
    }
}
