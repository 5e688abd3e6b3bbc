package org.itu.bdt.portfolio.projects.messaging;

/** A consumed record that can never be applied: it goes to the dead-letter topic. */
class MalformedEventException extends RuntimeException {

    MalformedEventException(String message) {
        super(message);
    }

    MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
