package org.itu.bdt.portfolio.projects.registry;

public class InvalidProjectException extends RuntimeException {
    private final String field;

    public InvalidProjectException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
