package org.itu.bdt.portfolio.kit.messaging;

/**
 * A consumed record that can never be applied: a missing or invalid CloudEvents attribute, or unreadable data.
 * The retry policy rethrows it at once, so the consumer's failure strategy dead-letters the record.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
