package org.itu.bdt.portfolio.projects.board;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/** No such meeting or action. */
public class BoardNotFoundException extends ProblemException {
    public BoardNotFoundException(String message) {
        super(ProblemType.NOT_FOUND, message);
    }
}
