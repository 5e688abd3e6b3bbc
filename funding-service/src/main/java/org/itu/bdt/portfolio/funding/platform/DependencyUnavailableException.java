package org.itu.bdt.portfolio.funding.platform;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/** Another service did not answer a question the request depends on; the request may be retried later. */
public class DependencyUnavailableException extends ProblemException {
    public DependencyUnavailableException(String message) {
        super(ProblemType.DEPENDENCY_UNAVAILABLE, message);
    }
}
