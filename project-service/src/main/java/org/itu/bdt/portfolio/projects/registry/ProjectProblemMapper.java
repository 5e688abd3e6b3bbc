package org.itu.bdt.portfolio.projects.registry;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.itu.bdt.portfolio.projects.platform.Problem.FieldError;
import org.itu.bdt.portfolio.projects.platform.ProblemMapper;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** The registry's failures as problem details, in the catalogue of {@link ProblemMapper}. */
public class ProjectProblemMapper {

    @ServerExceptionMapper
    public Response invalidProject(InvalidProjectException e, UriInfo uri) {
        return ProblemMapper.validationFailed(uri, List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response notFound(ProjectNotFoundException e, UriInfo uri) {
        return ProblemMapper.problem(404, "not-found", "Not found", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response alreadyRegistered(ProjectAlreadyRegisteredException e, UriInfo uri) {
        return ProblemMapper.problem(409, "conflict", "Conflict", e.getMessage(), uri,
                List.of(new FieldError("projectNumber", "is already registered")));
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleProjectVersionException e, UriInfo uri) {
        return ProblemMapper.problem(412, "precondition-failed", "Precondition failed", e.getMessage(), uri, null);
    }
}
