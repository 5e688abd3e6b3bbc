package org.itu.bdt.portfolio.reporting.monitoring;

import org.itu.bdt.portfolio.reporting.platform.ConflictException;

/** A quarter that cannot be locked: it is locked already, or it has not ended. */
public class QuarterLockConflictException extends ConflictException {

    public QuarterLockConflictException(String message) {
        super(message);
    }
}
