package org.itu.bdt.portfolio.projects.registry;

public class ProjectAlreadyRegisteredException extends RuntimeException {
    public ProjectAlreadyRegisteredException(String projectNumber) {
        super("Project " + projectNumber + " is already registered");
    }
}
