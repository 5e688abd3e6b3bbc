package org.itu.bdt.portfolio.projects.board;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.itu.bdt.portfolio.projects.platform.Problem.FieldError;
import org.itu.bdt.portfolio.projects.platform.ProblemMapper;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** The Project Board's failures as problem details, in the catalogue of {@link ProblemMapper}. */
public class BoardProblemMapper {

    @ServerExceptionMapper
    public Response boardNotFound(BoardNotFoundException e, UriInfo uri) {
        return ProblemMapper.problem(404, "not-found", "Not found", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response boardConflict(BoardConflictException e, UriInfo uri) {
        return ProblemMapper.problem(409, "conflict", "Conflict", e.getMessage(), uri,
                List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response boardRule(BoardRuleException e, UriInfo uri) {
        return ProblemMapper.problem(422, "unprocessable", "Unprocessable", e.getMessage(), uri,
                List.of(new FieldError(e.field(), e.getMessage())));
    }
}
