package org.itu.bdt.portfolio.projects.registry;

import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.util.List;

/** A registration whose project number is taken. */
public class ProjectAlreadyRegisteredException extends ProblemException {
    public ProjectAlreadyRegisteredException(String projectNumber) {
        super(ProblemType.CONFLICT, "Project " + projectNumber + " is already registered",
                List.of(new FieldError("projectNumber", "is already registered")));
    }
}
