package org.itu.bdt.portfolio.reporting.platform;

import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.util.List;

/** A query or path parameter that cannot be read; answered as a validation-failed problem naming it in errors. */
public class InvalidParameterException extends ProblemException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(ProblemType.VALIDATION_FAILED, "Parameter " + parameter + " is invalid",
                List.of(new FieldError(parameter, message)));
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
