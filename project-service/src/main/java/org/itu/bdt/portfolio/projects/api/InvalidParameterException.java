package org.itu.bdt.portfolio.projects.api;

/** A query parameter or header the API cannot use. */
class InvalidParameterException extends RuntimeException {
    private final String parameter;

    InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
