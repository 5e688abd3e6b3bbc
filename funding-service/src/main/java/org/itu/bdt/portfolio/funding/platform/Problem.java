package org.itu.bdt.portfolio.funding.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * RFC 9457 problem details; errors only for field-level failures: {@link FieldError}s, or {@link RowError}s
 * (with the row number) for a batch.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<?> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:bdt-portfolio:problem:";

    /** The problem type URI of a slug such as "conflict". */
    public static String typeOf(String slug) {
        return TYPE_PREFIX + slug;
    }

    /** A response carrying any problem body: this record, or a feature's problem with extension members. */
    public static Response response(int status, Object problem) {
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
