package org.itu.bdt.portfolio.reporting.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.itu.bdt.portfolio.kit.messaging.IncomingEvent;
import org.itu.bdt.portfolio.reporting.ledger.AgreementFact;
import org.itu.bdt.portfolio.reporting.ledger.AmendmentFact;
import org.itu.bdt.portfolio.reporting.ledger.CancellationFact;
import org.itu.bdt.portfolio.reporting.ledger.LedgerService;
import org.itu.bdt.portfolio.reporting.monitoring.Instalment;
import org.itu.bdt.portfolio.reporting.monitoring.MonitoringFacts;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.AGREEMENT_AMENDED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.AGREEMENT_CANCELLED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.AGREEMENT_SIGNED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.INSTALMENT_RECEIVED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PARTNER_REGISTERED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PARTNER_UPDATED;

/** Consumes portfolio.funding.v1. */
@ApplicationScoped
public class FundingEventsConsumer implements EventApplier {

    private static final Logger LOG = Logger.getLogger(FundingEventsConsumer.class);

    private final LedgerService ledger;
    private final MonitoringFacts monitoring;
    private final ConsumedEvents consumedEvents;
    private final EventPayloads payloads;
    private final ReadModelTransactions transactions;
    private final ConsumerProgress progress;
    private final String topic;
    private final AtomicBoolean legacyInstalmentLogged = new AtomicBoolean();

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
        IncomingEvent event = IncomingEvent.of(metadata.getHeaders(), payload);
        apply(event);
        progress.applied(metadata, event);
    }

    @Override
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case AGREEMENT_SIGNED -> {
                AgreementSigned data = payloads.read(event.data(), AgreementSigned.class);
                transactions.runUntilCommitted(() -> {
                    AgreementFact agreement = data.toFact();
                    ledger.apply(event.id(), agreement.projectNumber, facts -> facts.with(agreement));
                });
            }
            case AGREEMENT_AMENDED -> {
                AgreementAmended data = payloads.read(event.data(), AgreementAmended.class);
                transactions.runUntilCommitted(() -> {
                    AmendmentFact amendment = data.toFact();
                    ledger.apply(event.id(), amendment.projectNumber, facts -> facts.with(amendment));
                });
            }
            case AGREEMENT_CANCELLED -> {
                AgreementCancelled data = payloads.read(event.data(), AgreementCancelled.class);
                transactions.runUntilCommitted(() -> {
                    CancellationFact cancellation = data.toFact();
                    ledger.apply(event.id(), cancellation.projectNumber, facts -> facts.with(cancellation));
                });
            }
            case PARTNER_REGISTERED, PARTNER_UPDATED -> {
                PartnerChanged data = payloads.read(event.data(), PartnerChanged.class);
                transactions.runUntilCommitted(() -> ledger.apply(event.id(), data.toFact()));
            }
            case INSTALMENT_RECEIVED -> instalment(event, payloads.read(event.data(), InstalmentReceived.class));
            // An event type this version does not know: recorded, so that a replay skips it too, and otherwise ignored.
            default -> ignore(event);
        }
    }

    /**
     * Counted once per finance reference (an upsert), whatever the event id: funding-service republished every
     * instalment recorded before it booked CHF amounts under a new id, and that record, with chfAmount, is the one
     * that counts; the legacy record without it is recorded as consumed and changes nothing.
     */
    private void instalment(IncomingEvent event, InstalmentReceived data) {
        if (data.lacksBookedChf()) {
            if (legacyInstalmentLogged.compareAndSet(false, true)) {
                LOG.infof("InstalmentReceived %s (reference %s) has no chfAmount: a legacy record, skipped; its "
                        + "republished record counts. Further ones are logged at DEBUG.", event.id(), data.reference());
            } else {
                LOG.debugf("legacy InstalmentReceived %s (reference %s) skipped", event.id(), data.reference());
            }
            ignore(event);
            return;
        }
        Instalment instalment = data.toFact();
        transactions.runUntilCommitted(() -> ledger.record(event.id(), instalment.projectNumber(),
                () -> monitoring.save(instalment)));
    }

    private void ignore(IncomingEvent event) {
        transactions.runUntilCommitted(() -> consumedEvents.firstDelivery(event.id()));
    }

    @Override
    public String topic() {
        return topic;
    }
}
