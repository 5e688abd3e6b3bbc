package org.itu.bdt.portfolio.funding.platform;

import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.util.List;

/** Input that breaks a field rule; nothing was changed. */
public class InvalidRequestException extends ProblemException {
    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(ProblemType.VALIDATION_FAILED, "the request breaks field rules", errors);
        this.errors = List.copyOf(errors);
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
