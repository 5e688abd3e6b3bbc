package org.itu.bdt.portfolio.projects.domain;

/** No such meeting or action. */
public class BoardNotFoundException extends RuntimeException {
    public BoardNotFoundException(String message) {
        super(message);
    }
}
