package org.itu.bdt.portfolio.reporting.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** The service's one mapping from failures to problem details. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        Problem problem = Problem.of("validation-failed", "Validation failed", 400,
                        "Parameter " + e.parameter() + " is invalid", path(uri))
                .withErrors(List.of(new Problem.FieldError(e.parameter(), e.getMessage())));
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response sourceUnavailable(SourceUnavailableException e, UriInfo uri) {
        LOG.warn(e.getMessage());
        return respond(Problem.of("dependency-unavailable", "Service Unavailable", 503, e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return respond(Problem.of("conflict", "Conflict", 409, e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response httpFailure(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType statusType = e.getResponse().getStatusInfo();
        String slug = switch (status) {
            case 404 -> "not-found";
            case 406 -> "not-acceptable";
            default -> "http-" + status;
        };
        return respond(Problem.of(slug, statusType.getReasonPhrase(), status, e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return respond(Problem.of("internal-error", "Internal Server Error", 500,
                "The request could not be completed", path(uri)));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
