package org.itu.bdt.portfolio.funding.platform;

import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.util.List;

/** Well-formed input that a business rule or a missing reference rejects. */
public class RuleViolationException extends ProblemException {
    private final transient List<FieldError> errors;

    public RuleViolationException(String detail, List<FieldError> errors) {
        super(ProblemType.UNPROCESSABLE, detail, errors);
        this.errors = List.copyOf(errors);
    }

    public static RuleViolationException onField(String field, String message) {
        return new RuleViolationException(message, List.of(new FieldError(field, message)));
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
