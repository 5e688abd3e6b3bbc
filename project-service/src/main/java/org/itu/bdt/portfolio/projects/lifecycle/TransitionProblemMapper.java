package org.itu.bdt.portfolio.projects.lifecycle;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.itu.bdt.portfolio.projects.platform.ProblemMapper;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused status change as a problem that lists the steps the project could take instead. */
public class TransitionProblemMapper {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        TransitionProblem problem = new TransitionProblem(ProblemMapper.TYPE_PREFIX + "illegal-transition",
                "Illegal transition", 409, e.getMessage(), uri.getRequestUri().getRawPath(), e.allowed());
        return Response.status(409).type(ProblemMapper.PROBLEM_JSON).entity(problem).build();
    }
}
