package org.itu.bdt.portfolio.kit.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details. {@code errors} lists offending fields (or rows of a batch); {@code extensions} are the
 * members a kind of failure adds (the balance an allocation lacked, the transitions a status allows).
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<?> errors,
                      @JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance, List<?> errors,
                             Map<String, Object> extensions) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors, extensions);
    }
}
