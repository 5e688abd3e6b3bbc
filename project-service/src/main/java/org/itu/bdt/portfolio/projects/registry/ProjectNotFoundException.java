package org.itu.bdt.portfolio.projects.registry;

public class ProjectNotFoundException extends RuntimeException {
    public ProjectNotFoundException(String projectNumber) {
        super("Project " + projectNumber + " does not exist");
    }
}
