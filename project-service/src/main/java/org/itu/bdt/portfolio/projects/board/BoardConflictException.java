package org.itu.bdt.portfolio.projects.board;

import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.util.List;

/** A request the board's state refuses as it stands: a taken number, a second decision, a project not ONGOING. */
public class BoardConflictException extends ProblemException {
    private final String field;

    public BoardConflictException(String field, String message) {
        super(ProblemType.CONFLICT, message, List.of(new FieldError(field, message)));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
