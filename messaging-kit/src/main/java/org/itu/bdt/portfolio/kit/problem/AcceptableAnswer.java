package org.itu.bdt.portfolio.kit.problem;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A change whose answer the caller cannot accept is refused with 406 before it is made. JAX-RS negotiates the answer's
 * media type only when it writes the answer, after the operation ran and committed: a POST with
 * {@code Accept: application/xml} would store its change and then answer 406 as if nothing had happened.
 */
public class AcceptableAnswer {

    private static final Set<String> CHANGES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void refuseAnUnacceptableChange(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !CHANGES.contains(request.getMethod())) {
            return;
        }
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : resource.getResourceClass().getAnnotation(Produces.class);
        if (produces == null) {
            return;
        }
        List<MediaType> offered = Arrays.stream(produces.value()).flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).map(MediaType::valueOf).toList();
        if (!acceptsAny(request, offered)) {
            throw new ProblemException(ProblemType.NOT_ACCEPTABLE, "this operation answers "
                    + offered.stream().map(MediaType::toString).toList() + ", which the Accept header does not allow");
        }
    }

    private static boolean acceptsAny(ContainerRequestContext request, List<MediaType> offered) {
        List<MediaType> accepted;
        try {
            accepted = request.getAcceptableMediaTypes();
        } catch (RuntimeException e) {
            return false;
        }
        return accepted.isEmpty() || accepted.stream().anyMatch(wanted -> offered.stream().anyMatch(wanted::isCompatible));
    }
}
