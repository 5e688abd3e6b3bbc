package org.itu.bdt.portfolio.funding.ictdf;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.itu.bdt.portfolio.funding.platform.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The ICT-DF cannot cover an allocation: the problem carries the balance available and the request. */
public class OverAllocationMapper {

    @ServerExceptionMapper
    public Response overAllocation(OverAllocationException e, UriInfo uri) {
        int status = Response.Status.CONFLICT.getStatusCode();
        return Problem.response(status, new OverAllocationProblem(Problem.typeOf("conflict"), "Conflict", status,
                e.getMessage(), uri.getRequestUri().getRawPath(), e.balance().shown(), e.requested().shown()));
    }
}
