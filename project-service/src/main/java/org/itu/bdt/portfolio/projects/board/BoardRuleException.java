package org.itu.bdt.portfolio.projects.board;

/** Well-formed, but names what does not exist or is not allowed here (an item of another meeting, a wrong outcome). */
public class BoardRuleException extends RuntimeException {
    private final String field;

    public BoardRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
