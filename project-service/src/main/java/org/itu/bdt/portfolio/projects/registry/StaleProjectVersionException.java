package org.itu.bdt.portfolio.projects.registry;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/** An If-Match that names an older version than the project's. */
public class StaleProjectVersionException extends ProblemException {
    public StaleProjectVersionException(String projectNumber, long expected, long current) {
        super(ProblemType.PRECONDITION_FAILED,
                "Project " + projectNumber + " is at version " + current + ", not " + expected);
    }
}
