package org.itu.bdt.portfolio.projects.platform;

import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.util.List;

/** A query parameter or header the API cannot use: 400 naming it. */
public class InvalidParameterException extends ProblemException {
    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(ProblemType.VALIDATION_FAILED, message, List.of(new FieldError(parameter, message)));
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
