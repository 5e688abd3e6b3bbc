package org.itu.bdt.portfolio.reporting.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.itu.bdt.portfolio.reporting.ledger.AgreementFact;
import org.itu.bdt.portfolio.reporting.ledger.AmendmentFact;
import org.itu.bdt.portfolio.reporting.ledger.CancellationFact;
import org.itu.bdt.portfolio.reporting.ledger.LedgerService;
import org.itu.bdt.portfolio.reporting.monitoring.Instalment;
import org.itu.bdt.portfolio.reporting.monitoring.MonitoringFacts;

/** Consumes portfolio.funding.v1. */
@ApplicationScoped
public class FundingEventsConsumer implements EventApplier {

    private final LedgerService ledger;
    private final MonitoringFacts monitoring;
    private final ConsumedEvents consumedEvents;
    private final EventPayloads payloads;
    private final ReadModelTransactions transactions;
    private final ConsumerProgress progress;
    private final String topic;

    FundingEventsConsumer(LedgerService ledger, MonitoringFacts monitoring, ConsumedEvents consumedEvents,
                          EventPayloads payloads,
                          ReadModelTransactions transactions, ConsumerProgress progress,
                          @ConfigProperty(name = "mp.messaging.incoming.funding.topic") String topic) {
        this.ledger = ledger;
        this.consumedEvents = consumedEvents;
        this.monitoring = monitoring;
        this.payloads = payloads;
        this.transactions = transactions;
        this.progress = progress;
        this.topic = topic;
    }

    @Incoming("funding")
    @Blocking
    public void consume(String payload, IncomingKafkaRecordMetadata<String, String> metadata) {
        EventEnvelope event = EventEnvelope.of(metadata.getHeaders());
        apply(event, payload);
        progress.applied(metadata, event);
    }

    @Override
    public void apply(EventEnvelope event, String payload) {
        switch (event.type()) {
            case "AgreementSigned" -> {
                AgreementSigned data = payloads.read(payload, AgreementSigned.class);
                transactions.runUntilCommitted(() -> {
                    AgreementFact agreement = data.toFact();
                    ledger.apply(event.id(), agreement.projectNumber, facts -> facts.with(agreement));
                });
            }
            case "AgreementAmended" -> {
                AgreementAmended data = payloads.read(payload, AgreementAmended.class);
                transactions.runUntilCommitted(() -> {
                    AmendmentFact amendment = data.toFact();
                    ledger.apply(event.id(), amendment.projectNumber, facts -> facts.with(amendment));
                });
            }
            case "AgreementCancelled" -> {
                AgreementCancelled data = payloads.read(payload, AgreementCancelled.class);
                transactions.runUntilCommitted(() -> {
                    CancellationFact cancellation = data.toFact();
                    ledger.apply(event.id(), cancellation.projectNumber, facts -> facts.with(cancellation));
                });
            }
            case "PartnerRegistered", "PartnerUpdated" -> {
                PartnerChanged data = payloads.read(payload, PartnerChanged.class);
                transactions.runUntilCommitted(() -> ledger.apply(event.id(), data.toFact()));
            }
            case "InstalmentReceived" -> {
                Instalment instalment = payloads.read(payload, InstalmentReceived.class).toFact();
                transactions.runUntilCommitted(() -> ledger.record(event.id(), instalment.projectNumber(),
                        () -> monitoring.save(instalment)));
            }
            // An event type this version does not know: recorded, so that a replay skips it too, and otherwise ignored.
            default -> transactions.runUntilCommitted(() -> consumedEvents.firstDelivery(event.id()));
        }
    }

    @Override
    public String topic() {
        return topic;
    }
}
