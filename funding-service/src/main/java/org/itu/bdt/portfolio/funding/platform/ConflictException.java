package org.itu.bdt.portfolio.funding.platform;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/** The request contradicts the state it would change (a cancelled agreement, a reference already used). */
public class ConflictException extends ProblemException {
    public ConflictException(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
