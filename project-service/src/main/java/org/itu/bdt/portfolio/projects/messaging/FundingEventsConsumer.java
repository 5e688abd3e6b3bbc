package org.itu.bdt.portfolio.projects.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.itu.bdt.portfolio.kit.messaging.Inbox;
import org.itu.bdt.portfolio.kit.messaging.IncomingEvent;
import org.itu.bdt.portfolio.kit.messaging.MalformedEventException;
import org.itu.bdt.portfolio.kit.messaging.TransientFailureRetry;
import org.itu.bdt.portfolio.projects.registry.ProjectAgreement;
import org.itu.bdt.portfolio.projects.registry.ProjectAgreementService;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Consumes portfolio.funding.v1: signed and cancelled agreements, each applied once (the kit's inbox, transient
 * failures retried); every other event type is ignored. A record that can never apply is dead-lettered.
 */
@ApplicationScoped
public class FundingEventsConsumer {

    private static final Logger LOG = Logger.getLogger(FundingEventsConsumer.class);

    private final ProjectAgreementService agreements;
    private final Inbox inbox;
    private final TransientFailureRetry retry;
    private final ObjectMapper json;

    FundingEventsConsumer(ProjectAgreementService agreements, Inbox inbox, TransientFailureRetry retry,
                          ObjectMapper json) {
        this.agreements = agreements;
        this.inbox = inbox;
        this.retry = retry;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * Acknowledged once applied; a record that can never apply is refused (dead-lettered). A record whose retries the
     * application's stop ended is neither: it is delivered again after the restart.
     */
    @Incoming("funding")
    @Blocking
    public CompletionStage<Void> consume(Message<String> record) {
        try {
            IncomingKafkaRecordMetadata<?, ?> metadata = record.getMetadata(IncomingKafkaRecordMetadata.class)
                    .orElseThrow(() -> new MalformedEventException("not a Kafka record"));
            apply(IncomingEvent.of(metadata.getHeaders(), record.getPayload()));
        } catch (RuntimeException failure) {
            if (!TransientFailureRetry.isPermanent(failure) && retry.stopping()) {
                LOG.warnf("a record left unacknowledged, to be delivered again: %s", failure.getMessage());
                return CompletableFuture.completedFuture(null);
            }
            return record.nack(failure);
        }
        return record.ack();
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case EventTypeNames.AGREEMENT_SIGNED -> {
                ProjectAgreement agreement = read(event.data(), AgreementSigned.class).toAgreement();
                inbox.applyOnce(event.id(), () -> agreements.signed(agreement));
            }
            case EventTypeNames.AGREEMENT_CANCELLED -> {
                AgreementCancelled cancelled = read(event.data(), AgreementCancelled.class);
                inbox.applyOnce(event.id(),
                        () -> agreements.cancelled(cancelled.agreementNumber(), cancelled.cancelledOn()));
            }
            default -> {
                // other funding events carry nothing project-service keeps
            }
        }
    }

    private <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("unreadable " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The fields of AgreementSigned project-service uses; events before kinds existed are cash project agreements. */
    record AgreementSigned(String agreementNumber, String projectNumber, String partnerId, String fundingSource,
                           LocalDate signedOn, String kind, String contribution) {

        ProjectAgreement toAgreement() {
            if (agreementNumber == null || projectNumber == null || fundingSource == null || signedOn == null) {
                throw new MalformedEventException("AgreementSigned without agreementNumber, projectNumber, "
                        + "fundingSource or signedOn");
            }
            return new ProjectAgreement(agreementNumber, projectNumber, partnerId, fundingSource,
                    Objects.requireNonNullElse(kind, "PROJECT_AGREEMENT"), Objects.requireNonNullElse(contribution, "CASH"),
                    signedOn);
        }
    }

    record AgreementCancelled(String agreementNumber, String projectNumber, LocalDate cancelledOn) {

        AgreementCancelled {
            if (agreementNumber == null || cancelledOn == null) {
                throw new MalformedEventException("AgreementCancelled without agreementNumber or cancelledOn");
            }
        }
    }
}
