package org.itu.bdt.portfolio.kit.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Starts the outbox relay with the application, wakes it after each commit that wrote events, stops it first. */
@ApplicationScoped
public class RelayLifecycle {

    private final MessagingConfig config;
    private final AgroalDataSource dataSource;
    private final MeterRegistry metrics;
    private final String bootstrapServers;
    private final String applicationName;
    private volatile OutboxRelay relay;

    RelayLifecycle(MessagingConfig config, AgroalDataSource dataSource, MeterRegistry metrics,
                   @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                   @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.config = config;
        this.dataSource = dataSource;
        this.metrics = metrics;
        this.bootstrapServers = bootstrapServers;
        this.applicationName = applicationName;
    }

    void start(@Observes StartupEvent startup) {
        MessagingConfig.Relay settings = config.relay();
        if (!settings.enabled()) {
            return;
        }
        // the relay stops waiting for acks well before the producer would expire the sends on its own
        Duration ackTimeout = config.send().deliveryTimeout().dividedBy(2);
        var relaySettings = new OutboxRelay.Settings(config.source(), settings.batchSize(), settings.pollInterval(),
                settings.longestBackoff(), ackTimeout, settings.retention());
        relay = new OutboxRelay(dataSource, () -> new KafkaProducer<>(producerConfig()), relaySettings);
        Gauge.builder("portfolio.outbox.pending", relay.pending(), AtomicLong::get)
                .description("Outbox events not yet published to Kafka")
                .register(metrics);
        relay.start();
    }

    /** The relay, while it runs (not in a service without an outbox). */
    Optional<OutboxRelay> relay() {
        return Optional.ofNullable(relay);
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        if (relay != null) {
            relay.wake();
        }
    }

    /** ShutdownEvent comes before the datasource closes: the relay's last run and its lock end first. */
    void stop(@Observes ShutdownEvent shutdown) {
        if (relay != null) {
            relay.close();
            relay = null;
        }
    }

    private Map<String, Object> producerConfig() {
        MessagingConfig.Send send = config.send();
        return OutboxRelay.producerSettings(bootstrapServers, applicationName + "-outbox",
                send.maxBlock(), send.requestTimeout(), send.deliveryTimeout());
    }
}
