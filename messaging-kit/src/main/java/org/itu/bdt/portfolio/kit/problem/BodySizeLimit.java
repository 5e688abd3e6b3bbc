package org.itu.bdt.portfolio.kit.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem before a
 * byte of it is read. (Quarkus would refuse it too, but with an empty body; a chunked body that grows over the
 * limit is still cut off by Quarkus itself.)
 */
@ApplicationScoped
public class BodySizeLimit {

    private final RouteProblems problems;

    BodySizeLimit(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        limit.ifPresent(max -> router.route().order(Integer.MIN_VALUE)
                .handler(request -> refuseOver(max.asLongValue(), request)));
    }

    private void refuseOver(long max, RoutingContext request) {
        if (declaredLength(request) <= max) {
            request.next();
            return;
        }
        Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "the body is larger than " + max + " bytes",
                request.request().path(), List.of(), Map.of());
        request.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.refuse(request, problem);
    }

    private static long declaredLength(RoutingContext request) {
        try {
            return Long.parseLong(request.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
