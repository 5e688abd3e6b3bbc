package org.itu.bdt.portfolio.projects.board;

/** No such meeting or action. */
public class BoardNotFoundException extends RuntimeException {
    public BoardNotFoundException(String message) {
        super(message);
    }
}
