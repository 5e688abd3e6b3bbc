package org.itu.bdt.portfolio.reporting.infra;

/** A rebuild was asked for while another one runs; answered as a 409 problem naming the running one. */
public class RebuildAlreadyRunningException extends RuntimeException {

    public RebuildAlreadyRunningException(String message) {
        super(message);
    }
}
