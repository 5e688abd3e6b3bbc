package org.itu.bdt.portfolio.projects.board;

/** A request the board's state refuses as it stands: a taken number, a second decision, a project not ONGOING. */
public class BoardConflictException extends RuntimeException {
    private final String field;

    public BoardConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
