package org.itu.bdt.portfolio.kit.problem;

/** One offending field of a request, named by its JSON path (`recipientCountries[1]`) or query parameter. */
public record FieldError(String field, String message) {
}
