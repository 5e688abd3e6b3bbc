package org.itu.bdt.portfolio.kit.messaging;

import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;

/**
 * Not ready while the events do not flow: the relay has failed to publish for longer than the stall threshold, an
 * event has waited that long to be applied (database down, a lock held), or a consumer has stopped (a channel that
 * SmallRye reports not alive). Ready again by itself once the relay publishes and the event is applied.
 */
@Readiness
@ApplicationScoped
public class MessagingReadiness implements HealthCheck {

    static final String NAME = "portfolio-messaging";

    private final RelayLifecycle relay;
    private final TransientFailureRetry consumers;
    private final SmallRyeHealthReporter health;
    private final Duration stallAfter;

    MessagingReadiness(RelayLifecycle relay, TransientFailureRetry consumers, SmallRyeHealthReporter health,
                       MessagingConfig config) {
        this.relay = relay;
        this.consumers = consumers;
        this.health = health;
        this.stallAfter = config.health().stallAfter();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        Instant stalledBefore = Instant.now().minus(stallAfter);
        relay.relay().flatMap(OutboxRelay::failingSince).filter(since -> since.isBefore(stalledBefore))
                .ifPresent(since -> response.down().withData("relay", "cannot publish since %s, %d events waiting"
                        .formatted(since, relay.relay().map(r -> r.pending().get()).orElse(0L))));
        consumers.longestWaiting().filter(waiting -> waiting.since().isBefore(stalledBefore))
                .ifPresent(waiting -> response.down().withData("consumer", "an event waits to be applied since %s%s"
                        .formatted(waiting.since(), waiting.lastFailure() == null ? ""
                                : ": " + waiting.lastFailure())));
        if (health.getLiveness().isDown()) {
            response.down().withData("liveness", "a check reports the service not alive (a stopped consumer?): "
                    + "see /q/health/live");
        }
        return response.build();
    }
}
