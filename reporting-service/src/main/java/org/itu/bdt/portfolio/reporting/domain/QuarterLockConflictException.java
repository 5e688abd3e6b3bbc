package org.itu.bdt.portfolio.reporting.domain;

/** A quarter that cannot be locked: it is locked already, or it has not ended. */
public class QuarterLockConflictException extends RuntimeException {

    public QuarterLockConflictException(String message) {
        super(message);
    }
}
