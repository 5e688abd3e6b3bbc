package org.itu.bdt.portfolio.funding.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Every failure leaves as RFC 9457 problem details, replacing Quarkus's default error bodies. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return validationFailed("the request breaks field rules", e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response invalidRows(InvalidRowsException e, UriInfo uri) {
        long rows = e.badRows();
        return validationFailed(rows + (rows == 1 ? " row is" : " rows are") + " invalid; nothing was stored",
                e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return validationFailed("the request breaks field rules", errors, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        FieldError error = new FieldError(fieldOf(e.getPath()), expectationFor(e.getTargetType()));
        return validationFailed("a field has a value of the wrong form", List.of(error), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = fieldOf(e.getPath());
        List<FieldError> errors = field.isEmpty()
                ? List.of()
                : List.of(new FieldError(field, "has the wrong JSON type"));
        return problem(Response.Status.BAD_REQUEST, "malformed-json", "Malformed JSON",
                "the body does not have the expected JSON shape", errors, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatch instanceof InvalidFormatException invalid
                    ? invalidFormat(invalid, uri) : mismatchedInput(mismatch, uri);
        }
        if (e.getCause() instanceof JsonProcessingException unparseable) {
            return malformedJson(unparseable, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() == Response.Status.NOT_FOUND.getStatusCode()) {
            return problem(Response.Status.NOT_FOUND, "not-found", "Not found", "no resource at this address",
                    List.of(), uri);
        }
        return problem(status, "about:blank", status.getReasonPhrase(), e.getMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(Response.Status.NOT_FOUND, "not-found", "Not found", e.getMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return problem(Response.Status.CONFLICT, "conflict", "Conflict", e.getMessage(), List.of(), uri);
    }

    /** A concurrent request won the race for the same number. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return unexpected(e, uri);
        }
        return problem(Response.Status.CONFLICT, "conflict", "Conflict", "the identifier is already taken",
                List.of(), uri);
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e, UriInfo uri) {
        return problem(422, "unprocessable", "Unprocessable request", e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response dependencyUnavailable(DependencyUnavailableException e, UriInfo uri) {
        return problem(Response.Status.SERVICE_UNAVAILABLE, "dependency-unavailable", "Dependency unavailable",
                e.getMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return problem(Response.Status.INTERNAL_SERVER_ERROR, "about:blank", "Internal Server Error",
                "the server failed; the failure is logged", List.of(), uri);
    }

    private Response malformedJson(JsonProcessingException e, UriInfo uri) {
        List<FieldError> errors = currentField(e)
                .map(field -> List.of(new FieldError(field, "is not followed by valid JSON")))
                .orElse(List.of());
        return problem(Response.Status.BAD_REQUEST, "malformed-json", "Malformed JSON",
                "the body is not valid JSON: " + e.getOriginalMessage(), errors, uri);
    }

    private static Optional<String> currentField(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser parser
                ? Optional.ofNullable(parser.getParsingContext().getCurrentName())
                : Optional.empty();
    }

    private static Response validationFailed(String detail, List<?> errors, UriInfo uri) {
        return problem(Response.Status.BAD_REQUEST, "validation-failed", "Validation failed", detail, errors, uri);
    }

    private static Response problem(Response.StatusType status, String slug, String title, String detail,
                                    List<?> errors, UriInfo uri) {
        return problem(status.getStatusCode(), slug, title, detail, errors, uri);
    }

    private static Response problem(int status, String slug, String title, String detail,
                                    List<?> errors, UriInfo uri) {
        String type = slug.startsWith("about:") ? slug : Problem.typeOf(slug);
        Problem problem = new Problem(type, title, status, detail, uri.getRequestUri().getRawPath(), errors);
        return Problem.response(status, problem);
    }

    private static String fieldOf(Path path) {
        return StreamSupport.stream(path.spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER)
                .map(Path.Node::getName)
                .filter(Objects::nonNull)
                .reduce((parent, child) -> parent + "." + child)
                .orElse("body");
    }

    private static String fieldOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String expectationFor(Class<?> type) {
        if (Labelled.class.isAssignableFrom(type) && type.isEnum()) {
            return JsonConfiguration.labelsOf(type);
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO date (YYYY-MM-DD)";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        return "has an invalid value";
    }
}
