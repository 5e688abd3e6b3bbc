package org.itu.bdt.portfolio.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.itu.bdt.portfolio.kit.problem.Problem;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A request rate per caller (Bucket4j token buckets): a verified token's client and subject, or, without one, the
 * remote address. A caller over its rate gets 429 with {@code Retry-After} and nothing changes. Health and metrics
 * are not JAX-RS endpoints, so a probe is never limited. {@link RateLimitFilter} asks it for every request.
 */
@Singleton
public class RateLimit {

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    RateLimit(RateLimitConfig config) {
        this.config = config;
        // callers that went quiet give their bucket back; a flood of new addresses cannot grow the map for ever
        this.buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
    }

    /** Null when the caller is within its rate, otherwise the 429 to answer with. */
    Response admit(String caller, UriInfo uri) {
        ConsumptionProbe probe = buckets.get(caller, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        Problem problem = Problem.of(ProblemType.TOO_MANY_REQUESTS,
                "more than " + config.perSecond() + " requests a second; retry after " + seconds + " s",
                uri.getRequestUri().getRawPath(), List.of(), Map.of());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    static String callerOf(SecurityIdentity identity, HttpServerRequest request) {
        if (identity == null || identity.isAnonymous()) {
            return "address " + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
        }
        Object client = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("azp") : null;
        return "caller " + client + " " + identity.getPrincipal().getName();
    }

    boolean enabled() {
        return config.enabled();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(config.burst())
                        .refillGreedy(config.perSecond(), Duration.ofSeconds(1)).build())
                .build();
    }
}
