package org.itu.bdt.portfolio.funding.infra;

public class ProjectServiceUnavailable extends RuntimeException {
    public ProjectServiceUnavailable(String message) {
        super(message);
    }
}
