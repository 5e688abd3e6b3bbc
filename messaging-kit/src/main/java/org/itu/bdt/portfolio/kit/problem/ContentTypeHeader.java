package org.itu.bdt.portfolio.kit.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/**
 * A {@code Content-Type} that is no media type at all ({@code application/}, {@code ;;}) is refused with a 415
 * problem before any resource is chosen: JAX-RS would fail on it while matching, as a 500.
 */
@ApplicationScoped
public class ContentTypeHeader {

    private final RouteProblems problems;

    ContentTypeHeader(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::refuseUnreadable);
    }

    private void refuseUnreadable(RoutingContext request) {
        String type = request.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || readable(type)) {
            request.next();
            return;
        }
        problems.refuse(request, Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "the Content-Type header is not a media type", request.request().path(), List.of(), Map.of()));
    }

    static boolean readable(String type) {
        try {
            MediaType media = MediaType.valueOf(type);
            return !media.getType().isBlank() && !media.getSubtype().isBlank();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
