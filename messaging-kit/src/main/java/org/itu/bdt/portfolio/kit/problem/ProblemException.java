package org.itu.bdt.portfolio.kit.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure a client caused and can act on. Features throw subclasses named for what went wrong
 * ({@code ProjectNotFoundException}); the kit's mapper turns every one into the same problem shape.
 */
public class ProblemException extends RuntimeException {

    private final transient ProblemType type;
    private final transient List<?> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<?> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail, Throwable cause) {
        super(detail, cause);
        this.type = type;
        this.errors = List.of();
    }

    public ProblemType type() {
        return type;
    }

    /** Offending fields ({@link FieldError}) or rows; empty when the failure is about the request as a whole. */
    public List<?> errors() {
        return errors;
    }

    /** Members this kind of failure adds to the problem, in the order they are shown. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
