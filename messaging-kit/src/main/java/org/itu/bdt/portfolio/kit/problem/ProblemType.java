package org.itu.bdt.portfolio.kit.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * The problem catalogue shared by every service: one type URI, one status and one title per kind of failure, so a
 * client handles a failure the same way whichever service answered. docs/api.md lists when each is returned.
 */
public enum ProblemType {
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    VALIDATION_FAILED(400, "validation-failed", "Validation failed"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    ILLEGAL_TRANSITION(409, "illegal-transition", "Illegal transition"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "Unprocessable request"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    DEPENDENCY_UNAVAILABLE(503, "dependency-unavailable", "Dependency unavailable");

    /** Type URIs are names, not addresses: a URN never pretends a documentation page exists behind it. */
    public static final String URI_PREFIX = "urn:bdt-portfolio:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return URI_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    /**
     * The catalogue entry for an HTTP status the framework raised itself (an unknown path, a refused method); empty
     * for a status the catalogue has no entry for.
     */
    public static Optional<ProblemType> forStatus(int status) {
        // the general entry of a shared status: a plain 400 is a validation failure, a plain 409 a conflict
        return Arrays.stream(values())
                .filter(type -> type.status == status && type != MALFORMED_JSON && type != ILLEGAL_TRANSITION)
                .findFirst();
    }
}
