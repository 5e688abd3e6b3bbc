package org.itu.bdt.portfolio.funding.platform;

import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.time.LocalDate;
import java.util.List;

/** Query parameters read strictly: a misspelt value is a 400 naming the parameter, never a silent default. */
public final class QueryParameters {
    private QueryParameters() {
    }

    /** Absent means atomic: a batch is stored whole unless the caller asks otherwise. */
    public static boolean atomic(String value) {
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw invalid("atomic", "must be true or false");
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return QueryDates.parse(name, value);
    }

    /** A whole number from 1 to {@code largest}; absent means {@code fallback}. */
    public static int integer(String name, String value, int fallback, int largest) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= largest) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below like any number out of range
        }
        throw invalid(name, "must be a whole number from 1 to " + largest);
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static InvalidRequestException invalid(String name, String message) {
        return new InvalidRequestException(List.of(new FieldError(name, message)));
    }
}
