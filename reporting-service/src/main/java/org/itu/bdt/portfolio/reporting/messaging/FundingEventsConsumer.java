package org.itu.bdt.portfolio.reporting.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.itu.bdt.portfolio.kit.messaging.IncomingEvent;
import org.itu.bdt.portfolio.reporting.ledger.AgreementFact;
import org.itu.bdt.portfolio.reporting.ledger.AmendmentFact;
import org.itu.bdt.portfolio.reporting.ledger.CancellationFact;
import org.itu.bdt.portfolio.reporting.ledger.ReadModelChange;
import org.itu.bdt.portfolio.reporting.monitoring.Instalment;
import org.itu.bdt.portfolio.reporting.monitoring.MonitoringFacts;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.AGREEMENT_AMENDED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.AGREEMENT_CANCELLED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.AGREEMENT_SIGNED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.INSTALMENT_RECEIVED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PARTNER_REGISTERED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PARTNER_UPDATED;

/** Consumes portfolio.funding.v1, a poll at a time. */
@ApplicationScoped
public class FundingEventsConsumer implements EventApplier {

    private static final Logger LOG = Logger.getLogger(FundingEventsConsumer.class);

    private final MonitoringFacts monitoring;
    private final EventPayloads payloads;
    private final ReadModelBatches batches;
    private final String topic;
    private final AtomicBoolean legacyInstalmentLogged = new AtomicBoolean();

    FundingEventsConsumer(MonitoringFacts monitoring, EventPayloads payloads, ReadModelBatches batches,
                          @ConfigProperty(name = "mp.messaging.incoming.funding.topic") String topic) {
        this.monitoring = monitoring;
        this.payloads = payloads;
        this.batches = batches;
        this.topic = topic;
    }

    @Incoming("funding")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, this);
    }

    @Override
    public ReadModelChange changeOf(IncomingEvent event) {
        return switch (event.type()) {
            case AGREEMENT_SIGNED -> {
                AgreementFact agreement = payloads.read(event.data(), AgreementSigned.class).toFact();
                yield new ReadModelChange.ToProject(event.id(), agreement.projectNumber,
                        facts -> facts.with(agreement));
            }
            case AGREEMENT_AMENDED -> {
                AmendmentFact amendment = payloads.read(event.data(), AgreementAmended.class).toFact();
                yield new ReadModelChange.ToProject(event.id(), amendment.projectNumber,
                        facts -> facts.with(amendment));
            }
            case AGREEMENT_CANCELLED -> {
                CancellationFact cancellation = payloads.read(event.data(), AgreementCancelled.class).toFact();
                yield new ReadModelChange.ToProject(event.id(), cancellation.projectNumber,
                        facts -> facts.with(cancellation));
            }
            case PARTNER_REGISTERED, PARTNER_UPDATED ->
                    new ReadModelChange.ToPartner(event.id(), payloads.read(event.data(), PartnerChanged.class).toFact());
            case INSTALMENT_RECEIVED -> instalment(event, payloads.read(event.data(), InstalmentReceived.class));
            // An event type this version does not know: recorded, so that a replay skips it too, and otherwise ignored.
            default -> new ReadModelChange.Ignored(event.id());
        };
    }

    /**
     * Counted once per finance reference (an upsert), whatever the event id: funding-service republished every
     * instalment recorded before it booked CHF amounts under a new id, and that record, with chfAmount, is the one
     * that counts; the legacy record without it is recorded as consumed and changes nothing.
     */
    private ReadModelChange instalment(IncomingEvent event, InstalmentReceived data) {
        if (data.lacksBookedChf()) {
            if (legacyInstalmentLogged.compareAndSet(false, true)) {
                LOG.infof("InstalmentReceived %s (reference %s) has no chfAmount: a legacy record, skipped; its "
                        + "republished record counts. Further ones are logged at DEBUG.", event.id(), data.reference());
            } else {
                LOG.debugf("legacy InstalmentReceived %s (reference %s) skipped", event.id(), data.reference());
            }
            return new ReadModelChange.Ignored(event.id());
        }
        Instalment instalment = data.toFact();
        return new ReadModelChange.Monitoring(event.id(), instalment.projectNumber(),
                () -> monitoring.save(instalment));
    }

    @Override
    public String topic() {
        return topic;
    }
}
