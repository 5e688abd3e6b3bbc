package org.itu.bdt.portfolio.kit.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem before a
 * byte of it is read. A chunked body, whose size nobody declares, is read here up to the limit, and refused with the
 * same problem once it grows over it. (Quarkus would refuse both too, but with an empty body.)
 */
@ApplicationScoped
public class BodySizeLimit {

    private final RouteProblems problems;

    BodySizeLimit(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        limit.ifPresent(max -> {
            BodyHandler chunked = BodyHandler.create(false).setBodyLimit(max.asLongValue());
            router.route().order(Integer.MIN_VALUE)
                    .handler(request -> refuseOver(max.asLongValue(), chunked, request))
                    .failureHandler(request -> refuseGrownOver(max.asLongValue(), request));
        });
    }

    private void refuseOver(long max, BodyHandler chunked, RoutingContext request) {
        long declared = declaredLength(request);
        if (declared < 0 && request.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            chunked.handle(request);
            return;
        }
        if (declared <= max) {
            request.next();
            return;
        }
        refuse(max, request);
    }

    /** The chunked body's reader fails with 413 when the body grows over the limit; any other failure goes on. */
    private void refuseGrownOver(long max, RoutingContext request) {
        if (request.statusCode() == 413 && !request.response().headWritten()) {
            refuse(max, request);
        } else {
            request.next();
        }
    }

    private void refuse(long max, RoutingContext request) {
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
