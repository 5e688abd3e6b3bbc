package org.itu.bdt.portfolio.projects.board;

import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.util.List;

/** Well-formed, but names what does not exist or is not allowed here (an item of another meeting, a wrong outcome). */
public class BoardRuleException extends ProblemException {
    private final String field;

    public BoardRuleException(String field, String message) {
        super(ProblemType.UNPROCESSABLE, message, List.of(new FieldError(field, message)));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
