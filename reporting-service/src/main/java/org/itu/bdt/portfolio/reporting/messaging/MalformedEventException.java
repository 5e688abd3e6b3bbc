package org.itu.bdt.portfolio.reporting.messaging;

/** A record that can never be applied; the failure strategy sends it to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
