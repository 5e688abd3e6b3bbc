package org.itu.bdt.portfolio.reporting.platform;

/** A source service did not answer in time, or not as its contract says; answered as a 503 problem. */
public class SourceUnavailableException extends RuntimeException {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SourceUnavailableException(String message) {
        super(message);
    }
}
