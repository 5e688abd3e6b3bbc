package org.itu.bdt.portfolio.funding.finance;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.itu.bdt.portfolio.funding.platform.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The row report travels with the problem, so the caller sees every row's errors at once. */
public class ImportRefusedMapper {

    @ServerExceptionMapper
    public Response importRefused(ImportRefusedException e, UriInfo uri) {
        ImportProblem problem = ImportProblem.of(Problem.typeOf("unprocessable"), "Unprocessable request", 422,
                e.getMessage(), uri.getRequestUri().getRawPath(), e.report());
        return Problem.response(422, problem);
    }
}
