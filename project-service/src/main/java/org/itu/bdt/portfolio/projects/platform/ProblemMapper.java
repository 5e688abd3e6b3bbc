package org.itu.bdt.portfolio.projects.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.itu.bdt.portfolio.projects.platform.Problem.FieldError;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Turns every failure into an application/problem+json answer, replacing Quarkus's default bodies. Each feature maps
 * its own exceptions with the helpers below, so that this package knows no feature.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:bdt-portfolio:problem:";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response validationFailed(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return validationFailed(uri, errors);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return validationFailed(uri, List.of(new FieldError(e.parameter(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (e instanceof InvalidFormatException invalid) {
            return validationFailed(uri, List.of(new FieldError(field, invalidValue(invalid))));
        }
        List<FieldError> errors = field.isEmpty() ? null : List.of(new FieldError(field, e.getOriginalMessage()));
        return problem(400, "malformed-json", "Malformed JSON", "The body does not match the expected JSON shape", uri, errors);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return problem(409, "conflict", "Conflict", "The project was changed concurrently; read it again", uri, null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return problem(400, "malformed-json", "Malformed JSON", json.getOriginalMessage(), uri, null);
        }
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return problem(404, "not-found", "Not found", "No resource at this path", uri, null);
        }
        String reason = Objects.requireNonNullElse(e.getResponse().getStatusInfo().getReasonPhrase(), "HTTP " + status);
        return problem(status, reason.toLowerCase().replace(' ', '-'), reason, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return problem(500, "internal-error", "Internal error", "The request failed unexpectedly", uri, null);
    }

    public static Response validationFailed(UriInfo uri, List<FieldError> errors) {
        return problem(400, "validation-failed", "Validation failed", "The request has invalid fields", uri, errors);
    }

    public static Response problem(int status, String slug, String title, String detail, UriInfo uri,
                                    List<FieldError> errors) {
        Problem problem = new Problem(TYPE_PREFIX + slug, title, status, detail,
                uri.getRequestUri().getRawPath(), errors);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    /** The last node of a violation's path: the body field or query parameter, not the method and argument. */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        return nodes.isEmpty() ? "" : nodes.get(nodes.size() - 1).getName();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String invalidValue(InvalidFormatException e) {
        Class<?> type = e.getTargetType();
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "must be an ISO date (YYYY-MM-DD)";
        }
        return "is not a valid " + type.getSimpleName();
    }
}
