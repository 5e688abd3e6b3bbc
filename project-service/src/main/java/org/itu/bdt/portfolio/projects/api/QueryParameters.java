package org.itu.bdt.portfolio.projects.api;

import java.util.Arrays;

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
