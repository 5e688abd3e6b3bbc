package org.itu.bdt.portfolio.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers a problem from a Vert.x route, where a request is refused before JAX-RS and its mapper see it. */
@ApplicationScoped
public class RouteProblems {

    private final ObjectMapper json;

    RouteProblems(ObjectMapper json) {
        this.json = json;
    }

    void refuse(RoutingContext request, Problem problem) {
        request.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(serialise(problem));
    }

    private String serialise(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem that cannot be written", e);
        }
    }
}
