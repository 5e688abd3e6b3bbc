package org.itu.bdt.portfolio.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private final ObjectMapper json;

    BodySizeLimit(ObjectMapper json) {
        this.json = json;
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
        request.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(serialise(problem));
    }

    private static long declaredLength(RoutingContext request) {
        try {
            return Long.parseLong(request.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String serialise(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem that cannot be written", e);
        }
    }
}
