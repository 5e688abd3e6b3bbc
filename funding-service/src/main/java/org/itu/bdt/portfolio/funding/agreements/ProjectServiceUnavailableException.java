package org.itu.bdt.portfolio.funding.agreements;

import org.itu.bdt.portfolio.funding.platform.DependencyUnavailableException;

/** project-service did not say whether a project exists, so no agreement can be signed for it now. */
public class ProjectServiceUnavailableException extends DependencyUnavailableException {
    public ProjectServiceUnavailableException(String message) {
        super(message);
    }
}
