package org.itu.bdt.portfolio.reporting.platform;

/**
 * A request that the current state refuses; answered as a 409 problem. Features extend it with their own
 * conflicts, so that the problem mapper needs to know none of them.
 */
public abstract class ConflictException extends RuntimeException {

    protected ConflictException(String message) {
        super(message);
    }
}
