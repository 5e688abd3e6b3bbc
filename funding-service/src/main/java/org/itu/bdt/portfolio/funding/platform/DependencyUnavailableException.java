package org.itu.bdt.portfolio.funding.platform;

/** Another service did not answer a question the request depends on; the request may be retried later. */
public class DependencyUnavailableException extends RuntimeException {
    public DependencyUnavailableException(String message) {
        super(message);
    }
}
