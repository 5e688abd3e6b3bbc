package org.itu.bdt.portfolio.reporting.platform;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/** A source service did not answer in time, or not as its contract says; a dependency-unavailable problem (503). */
public class SourceUnavailableException extends ProblemException {

    public SourceUnavailableException(String message, Throwable cause) {
        super(ProblemType.DEPENDENCY_UNAVAILABLE, message, cause);
    }

    public SourceUnavailableException(String message) {
        super(ProblemType.DEPENDENCY_UNAVAILABLE, message);
    }
}
