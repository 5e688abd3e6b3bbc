package org.itu.bdt.portfolio.projects.api;

import java.util.Arrays;
import java.util.Locale;

/** Parses query parameters so that a bad value is a 400 naming the parameter, not JAX-RS's 404. */
final class QueryParameters {

    private QueryParameters() {
    }

    static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** For lists whose filters read better in lower case (status=open). */
    static <E extends Enum<E>> E enumValueIgnoringCase(String parameter, String value, Class<E> type) {
        return enumValue(parameter, value == null ? null : value.strip().toUpperCase(Locale.ROOT), type);
    }

    static int integer(String parameter, String value, int min, int max) {
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
}
