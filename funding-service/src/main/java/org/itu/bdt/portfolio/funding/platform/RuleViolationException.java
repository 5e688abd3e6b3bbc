package org.itu.bdt.portfolio.funding.platform;

import java.util.List;

/** Well-formed input that a business rule or a missing reference rejects. */
public class RuleViolationException extends RuntimeException {
    private final transient List<FieldError> errors;

    public RuleViolationException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public static RuleViolationException onField(String field, String message) {
        return new RuleViolationException(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
