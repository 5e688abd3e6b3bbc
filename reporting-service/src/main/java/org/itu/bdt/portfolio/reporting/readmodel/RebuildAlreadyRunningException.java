package org.itu.bdt.portfolio.reporting.readmodel;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/** A rebuild was asked for while another one runs; a conflict problem (409) naming the running one. */
public class RebuildAlreadyRunningException extends ProblemException {

    public RebuildAlreadyRunningException(String message) {
        super(ProblemType.CONFLICT, message);
    }
}
