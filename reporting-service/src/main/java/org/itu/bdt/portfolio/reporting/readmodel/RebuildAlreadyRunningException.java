package org.itu.bdt.portfolio.reporting.readmodel;

import org.itu.bdt.portfolio.reporting.platform.ConflictException;

/** A rebuild was asked for while another one runs; answered as a 409 problem naming the running one. */
public class RebuildAlreadyRunningException extends ConflictException {

    public RebuildAlreadyRunningException(String message) {
        super(message);
    }
}
