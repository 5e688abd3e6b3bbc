package org.itu.bdt.portfolio.kit.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Gives every request its id before anything else runs, and hands it back with the answer. */
public class RequestIdFilters {

    private final RequestId requestId;

    RequestIdFilters(RequestId requestId) {
        this.requestId = requestId;
    }

    @ServerRequestFilter(preMatching = true)
    public void adopt(ContainerRequestContext request) {
        requestId.adopt(request.getHeaderString(RequestId.HEADER));
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestId.HEADER, requestId.value());
    }
}
