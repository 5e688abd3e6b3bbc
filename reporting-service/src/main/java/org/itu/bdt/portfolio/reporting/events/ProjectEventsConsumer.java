package org.itu.bdt.portfolio.reporting.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.itu.bdt.portfolio.reporting.domain.ProjectFact;
import org.itu.bdt.portfolio.reporting.domain.StatusChangeFact;

/** Consumes portfolio.projects.v1. */
@ApplicationScoped
public class ProjectEventsConsumer implements EventApplier {

    private final PortfolioProjection projection;
    private final EventPayloads payloads;
    private final ReadModelTransactions transactions;
    private final ConsumerProgress progress;
    private final String topic;

    ProjectEventsConsumer(PortfolioProjection projection, EventPayloads payloads, ReadModelTransactions transactions,
                          ConsumerProgress progress,
                          @ConfigProperty(name = "mp.messaging.incoming.projects.topic") String topic) {
        this.projection = projection;
        this.payloads = payloads;
        this.transactions = transactions;
        this.progress = progress;
        this.topic = topic;
    }

    @Incoming("projects")
    @Blocking
    public void consume(String payload, IncomingKafkaRecordMetadata<String, String> metadata) {
        EventEnvelope event = EventEnvelope.of(metadata.getHeaders());
        apply(event, payload);
        progress.applied(metadata, event);
    }

    @Override
    public void apply(EventEnvelope event, String payload) {
        switch (event.type()) {
            case "ProjectRegistered", "ProjectUpdated" -> {
                ProjectSnapshot data = payloads.read(payload, ProjectSnapshot.class);
                transactions.runUntilCommitted(() -> {
                    ProjectFact revision = data.toFact();
                    projection.apply(event.id(), revision.projectNumber, facts -> facts.with(revision));
                });
            }
            case "ProjectStatusChanged" -> {
                ProjectStatusChanged data = payloads.read(payload, ProjectStatusChanged.class);
                transactions.runUntilCommitted(() -> {
                    StatusChangeFact change = data.toFact();
                    projection.apply(event.id(), change.projectNumber, facts -> facts.with(change));
                });
            }
            default -> transactions.runUntilCommitted(() -> projection.skip(event.id()));
        }
    }

    @Override
    public String topic() {
        return topic;
    }
}
