package org.itu.bdt.portfolio.kit.problem;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Map;

/**
 * An address whose path or query holds an encoded NUL ({@code %00}) is refused with a 400 problem before any
 * resource reads it: as an identifier or a filter it would reach the database, which cannot compare text with it.
 */
@ApplicationScoped
public class NulInAddress {

    private final RouteProblems problems;

    NulInAddress(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::refuseEncodedNul);
    }

    private void refuseEncodedNul(RoutingContext request) {
        String uri = request.request().uri();
        if (!uri.contains("%00")) {
            request.next();
            return;
        }
        problems.refuse(request, Problem.of(ProblemType.VALIDATION_FAILED,
                "the address contains a NUL character (%00)", request.request().path(), List.of(), Map.of()));
    }
}
