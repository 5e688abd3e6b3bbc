package org.itu.bdt.portfolio.funding.platform;

import java.util.List;

/** Input that breaks a field rule; nothing was changed. */
public class InvalidRequestException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
