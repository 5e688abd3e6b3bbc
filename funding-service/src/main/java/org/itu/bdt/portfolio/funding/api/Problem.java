package org.itu.bdt.portfolio.funding.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.itu.bdt.portfolio.funding.domain.FieldError;
import org.itu.bdt.portfolio.funding.domain.RowError;

import java.util.List;

/**
 * RFC 9457 problem details; errors only for field-level failures: {@link FieldError}s, or {@link RowError}s
 * (with the row number) for a batch.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<?> errors) {
    static final String MEDIA_TYPE = "application/problem+json";
}
