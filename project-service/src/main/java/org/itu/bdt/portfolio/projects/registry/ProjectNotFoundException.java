package org.itu.bdt.portfolio.projects.registry;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/** No project with this number. */
public class ProjectNotFoundException extends ProblemException {
    public ProjectNotFoundException(String projectNumber) {
        super(ProblemType.NOT_FOUND, "Project " + projectNumber + " does not exist");
    }
}
