package org.itu.bdt.portfolio.projects.registry;

import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.util.List;

/** A project field the registry's rules refuse (beyond what bean validation checks): 400 naming the field. */
public class InvalidProjectException extends ProblemException {
    private final String field;

    public InvalidProjectException(String field, String message) {
        super(ProblemType.VALIDATION_FAILED, message, List.of(new FieldError(field, message)));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
