package org.itu.bdt.portfolio.kit.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Holds every request to its caller's rate before the operation runs. */
public class RateLimitFilter {

    private final RateLimit limit;
    private final CurrentIdentityAssociation identities;

    RateLimitFilter(RateLimit limit, CurrentIdentityAssociation identities) {
        this.limit = limit;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> admit(HttpServerRequest request, UriInfo uri) {
        if (!limit.enabled()) {
            return Uni.createFrom().nullItem();
        }
        // an invalid token is refused later with 401; until then its sender counts by address
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> limit.admit(RateLimit.callerOf(identity, request), uri));
    }
}
