package org.itu.bdt.portfolio.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every failure leaves every service as RFC 9457 problem details from the one catalogue ({@link ProblemType}),
 * replacing Quarkus's default error bodies. Features throw {@link ProblemException}s; framework failures (bean
 * validation, JSON binding, unknown paths, a lost race for a unique key) are mapped here once.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int PROVIDER_RETRY_SECONDS = 5;
    private static final int DATABASE_RETRY_SECONDS = 5;

    private final ObjectMapper json;

    public ProblemMapper(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(Problem.of(e.type(), e.getMessage(), path(uri), e.errors(), e.extensions()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return respond(ProblemType.VALIDATION_FAILED, detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        // the kit's own deserializers (DateBounds, NulCharacters) say what they expect; Jackson's messages are not
        // for clients
        String expectation = DateBounds.DATE_IN_RANGE.equals(e.getOriginalMessage()) ? DateBounds.DATE_IN_RANGE
                : expectationFor(e.getTargetType());
        FieldError error = new FieldError(fieldOf(e.getPath()), expectation);
        return respond(ProblemType.VALIDATION_FAILED, "a field has a value of the wrong form", uri, List.of(error));
    }

    /** A property the operation does not know is refused rather than ignored: a misspelt field would silently vanish. */
    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        FieldError error = new FieldError(fieldOf(e.getPath()), "is not a property of this request");
        return respond(ProblemType.VALIDATION_FAILED, "the body has a property the operation does not know", uri,
                List.of(error));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = fieldOf(e.getPath());
        List<FieldError> errors = field.isEmpty()
                ? List.of() : List.of(new FieldError(field, "has the wrong JSON type"));
        return respond(ProblemType.MALFORMED_JSON, "the body does not have the expected JSON shape", uri, errors);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_JSON, "the body is not valid JSON: " + e.getOriginalMessage(), uri,
                List.of());
    }

    /** Quarkus wraps JSON binding failures; unwrap them so they read like the rest. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof InvalidFormatException invalid) {
            return invalidFormat(invalid, uri);
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri);
        }
        if (e.getCause() instanceof JsonProcessingException unparseable) {
            return malformedJson(unparseable, uri);
        }
        int status = e.getResponse().getStatus();
        String detail = status == 404 ? "no resource at this address" : e.getMessage();
        return ProblemType.forStatus(status)
                .map(type -> respond(type, detail, uri, List.of()))
                // a status the catalogue has no entry for keeps its code: RFC 9457's about:blank, titled by HTTP
                .orElseGet(() -> respond(new Problem("about:blank", e.getResponse().getStatusInfo().getReasonPhrase(),
                        status, detail, path(uri), List.of(), Map.of())));
    }

    /**
     * No token, or one that failed verification (expired, wrong issuer or audience, bad signature). The challenge
     * says so (RFC 6750) without saying which check failed: that detail is in the service's log.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(Exception e, UriInfo uri, HttpHeaders headers) {
        boolean presented = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        if (presented) {
            LOG.debugf("refused a token: %s", e.getMessage());
        }
        Problem problem = Problem.of(ProblemType.UNAUTHORIZED,
                presented ? "the access token is not valid" : "this operation needs a bearer access token",
                path(uri), List.of(), Map.of());
        return Response.fromResponse(respond(problem))
                .header(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer")
                .build();
    }

    /** The identity provider cannot be reached to verify a token: the caller may try again shortly. */
    @ServerExceptionMapper
    public Response providerUnavailable(OIDCException e, UriInfo uri) {
        LOG.warnf("the identity provider is unavailable: %s", e.getMessage());
        return Response.fromResponse(respond(ProblemType.DEPENDENCY_UNAVAILABLE,
                        "the identity provider cannot verify the token now; try again shortly", uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, PROVIDER_RETRY_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "your role may not do this", uri, List.of());
    }

    /** A concurrent request won the race for the same number or id. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return unexpected(e, uri);
        }
        return respond(ProblemType.CONFLICT, "the identifier is already taken", uri, List.of());
    }

    /**
     * The database refused the connection or ended it before the statement ran (an outage, a restart, connections
     * disallowed): the transaction did not commit, so nothing was stored and the caller may simply try again. A 503
     * with Retry-After says so; a 500 would leave a client unsure whether its change was kept. Any other JDBC failure
     * is a defect.
     */
    @ServerExceptionMapper
    public Response databaseUnavailable(org.hibernate.JDBCException e, UriInfo uri) {
        if (!DatabaseOutage.is(e)) {
            return unexpected(e, uri);
        }
        LOG.warnf("the database is unavailable: %s", e.getMessage());
        return Response.fromResponse(respond(ProblemType.DEPENDENCY_UNAVAILABLE,
                        "the database is unavailable; nothing was changed, try again shortly", uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return respond(ProblemType.CONFLICT, "it was changed concurrently; read it again", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return respond(ProblemType.INTERNAL_ERROR, "the server failed; the failure is logged", uri, List.of());
    }

    private static Response respond(ProblemType type, String detail, UriInfo uri, List<?> errors) {
        return respond(Problem.of(type, detail, path(uri), errors, Map.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    /**
     * `create.request.lines[1].amount` names the field `lines[1].amount`; `list.page` the parameter `page`;
     * `recipientCountries[1].<list element>` the element `recipientCountries[1]`.
     */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(node -> {
            if (node.getKind() != ElementKind.METHOD) {
                nodes.add(node);
            }
        });
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    static String fieldOf(List<JsonMappingException.Reference> path) {
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

    /** Enum values are listed as they are written in JSON, which is how the client must send them. */
    private String expectationFor(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> json.convertValue(constant, String.class))
                    .collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO date (YYYY-MM-DD)";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == String.class) {
            return NulCharacters.TEXT_WITHOUT_NUL;
        }
        return "has an invalid value";
    }
}
