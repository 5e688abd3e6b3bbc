package org.itu.bdt.portfolio.reporting.platform;

/** A query or path parameter that cannot be read; answered as a validation-failed problem naming it. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
