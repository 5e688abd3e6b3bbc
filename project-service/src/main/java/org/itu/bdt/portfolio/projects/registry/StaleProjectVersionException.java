package org.itu.bdt.portfolio.projects.registry;

public class StaleProjectVersionException extends RuntimeException {
    public StaleProjectVersionException(String projectNumber, long expected, long current) {
        super("Project " + projectNumber + " is at version " + current + ", not " + expected);
    }
}
