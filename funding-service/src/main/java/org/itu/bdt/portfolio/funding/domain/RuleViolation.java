package org.itu.bdt.portfolio.funding.domain;

import java.util.List;

/** Well-formed input that a business rule or a missing reference rejects. */
public class RuleViolation extends RuntimeException {
    private final transient List<FieldError> errors;

    public RuleViolation(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public static RuleViolation onField(String field, String message) {
        return new RuleViolation(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
