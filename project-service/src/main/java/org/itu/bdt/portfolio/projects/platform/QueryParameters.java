package org.itu.bdt.portfolio.projects.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Parses query parameters so that a bad value is a 400 naming the parameter, not JAX-RS's 404. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** For lists whose filters read better in lower case (status=open). */
    public static <E extends Enum<E>> E enumValueIgnoringCase(String parameter, String value, Class<E> type) {
        return enumValue(parameter, value == null ? null : value.strip().toUpperCase(Locale.ROOT), type);
    }

    /** Repeated parameters and comma-separated values alike: {@code status=A&status=B} or {@code status=A,B}. */
    public static <E extends Enum<E>> Set<E> enumValues(String parameter, List<String> values, Class<E> type) {
        Set<E> parsed = EnumSet.noneOf(type);
        values(values).map(value -> enumValue(parameter, value, type)).forEach(parsed::add);
        return parsed;
    }

    public static int integer(String parameter, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range number
        }
        throw new InvalidParameterException(parameter, "must be a whole number from " + min + " to " + max);
    }

    public static Integer optionalInteger(String parameter, String value, int min, int max) {
        return blankToNull(value) == null ? null : integer(parameter, value.strip(), min, max);
    }

    public static LocalDate date(String parameter, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "must be an ISO date (YYYY-MM-DD)");
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Repeated parameters and comma-separated values alike, each stripped, the empty ones left out. */
    public static Stream<String> values(List<String> values) {
        return values == null ? Stream.empty() : values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    }
}
