package org.itu.bdt.portfolio.reporting.monitoring;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/** A quarter that cannot be locked: it is locked already, or it has not ended; a conflict problem (409). */
public class QuarterLockConflictException extends ProblemException {

    public QuarterLockConflictException(String message) {
        super(ProblemType.CONFLICT, message);
    }
}
