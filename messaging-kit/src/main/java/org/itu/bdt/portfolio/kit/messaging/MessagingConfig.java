package org.itu.bdt.portfolio.kit.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Every setting of the kit, under portfolio.messaging; README.md lists them with their defaults. */
@ConfigMapping(prefix = "portfolio.messaging")
public interface MessagingConfig {

    /** ce_source of every event this service publishes, e.g. /bdt/funding-service. */
    @WithDefault("/bdt/${quarkus.application.name}")
    String source();

    Relay relay();

    Send send();

    Retry retry();

    Health health();

    interface Relay {

        /** Off in a service that writes no outbox (reporting-service): it has no outbox_event table. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("500")
        int batchSize();

        /** The sweep; commits wake the relay at once, so this only bounds the delay after a failure. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Longest pause between runs while Kafka refuses events; the pause doubles from the poll interval. */
        @WithDefault("1s")
        Duration longestBackoff();

        /**
         * How long published rows stay in the outbox (to look into, or to publish again by hand) before the relay
         * deletes them; zero keeps them for ever. The topics, not the outbox, are the events' lasting record.
         */
        @WithDefault("P7D")
        Duration retention();
    }

    /** Producer timeouts, small so that a broker that is down delays the relay by seconds, not minutes. */
    interface Send {

        /** max.block.ms: how long send() may wait for metadata or buffer space. */
        @WithDefault("5s")
        Duration maxBlock();

        /** request.timeout.ms. */
        @WithDefault("5s")
        Duration requestTimeout();

        /** delivery.timeout.ms: at least request-timeout (Kafka checks it at start). */
        @WithDefault("10s")
        Duration deliveryTimeout();
    }

    /** Waits of the consumers' retry policy between attempts at a transient failure. */
    interface Retry {

        @WithDefault("100ms")
        Duration firstWait();

        @WithDefault("1s")
        Duration longestWait();
    }

    /** What readiness (/q/health/ready) tells about the relay and the consumers. */
    interface Health {

        /**
         * How long the relay may fail to publish, or one event wait to be applied, before the service reports itself
         * not ready; it is ready again as soon as the relay publishes and the event is applied.
         */
        @WithDefault("10s")
        Duration stallAfter();
    }
}
