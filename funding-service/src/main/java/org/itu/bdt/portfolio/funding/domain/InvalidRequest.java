package org.itu.bdt.portfolio.funding.domain;

import java.util.List;

/** Input that breaks a field rule; nothing was changed. */
public class InvalidRequest extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
