package org.itu.bdt.portfolio.funding.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.itu.bdt.portfolio.funding.agreements.AgreementAmended;
import org.itu.bdt.portfolio.funding.agreements.AgreementCancelled;
import org.itu.bdt.portfolio.funding.agreements.AgreementSigned;
import org.itu.bdt.portfolio.funding.finance.TransactionsRecorded;
import org.itu.bdt.portfolio.funding.finance.YearEndBalanceRecorded;
import org.itu.bdt.portfolio.funding.ictdf.IctDfAccountService;
import org.itu.bdt.portfolio.funding.ictdf.IctDfAllocated;
import org.itu.bdt.portfolio.funding.ictdf.IctDfTransferReceived;
import org.itu.bdt.portfolio.funding.instalments.InstalmentReceived;
import org.itu.bdt.portfolio.funding.partners.PartnerRegistered;
import org.itu.bdt.portfolio.funding.partners.PartnerUpdated;
import org.itu.bdt.portfolio.funding.rates.ExchangeRatePublished;
import org.itu.bdt.portfolio.kit.messaging.Outbox;

/**
 * Turns the features' events into outbox rows. The observers are synchronous, so each row is written inside the
 * transaction of the change it tells, in the order the changes fire their events.
 */
@ApplicationScoped
class OutboxWriter {
    static final String TOPIC = "portfolio.funding.v1";

    private final Outbox outbox;

    OutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    void partnerRegistered(@Observes PartnerRegistered registered) {
        outbox.append(TOPIC, registered.partnerId(), EventTypeNames.PARTNER_REGISTERED,
                PartnerRegisteredEvent.of(registered));
    }

    void partnerUpdated(@Observes PartnerUpdated updated) {
        outbox.append(TOPIC, updated.partnerId(), EventTypeNames.PARTNER_UPDATED, PartnerUpdatedEvent.of(updated));
    }

    void agreementSigned(@Observes AgreementSigned signed) {
        record(EventTypeNames.AGREEMENT_SIGNED, AgreementSignedEvent.of(signed));
    }

    void agreementAmended(@Observes AgreementAmended amended) {
        record(EventTypeNames.AGREEMENT_AMENDED, AgreementAmendedEvent.of(amended));
    }

    void agreementCancelled(@Observes AgreementCancelled cancelled) {
        record(EventTypeNames.AGREEMENT_CANCELLED, AgreementCancelledEvent.of(cancelled));
    }

    /** Keyed by the currency: a rate belongs to no project. */
    void exchangeRatePublished(@Observes ExchangeRatePublished published) {
        outbox.append(TOPIC, published.currency(), EventTypeNames.EXCHANGE_RATE_PUBLISHED,
                ExchangeRatePublishedEvent.of(published));
    }

    /** Keyed by the account, so that the transfers stay in order. */
    void ictDfTransferReceived(@Observes IctDfTransferReceived received) {
        outbox.append(TOPIC, IctDfAccountService.ACCOUNT_ID, EventTypeNames.ICT_DF_TRANSFER_RECEIVED,
                IctDfTransferReceivedEvent.of(received));
    }

    void ictDfAllocated(@Observes IctDfAllocated allocated) {
        record(EventTypeNames.ICT_DF_ALLOCATED, IctDfAllocatedEvent.of(allocated));
    }

    void instalmentReceived(@Observes InstalmentReceived received) {
        record(EventTypeNames.INSTALMENT_RECEIVED, InstalmentReceivedEvent.of(received));
    }

    /** An import's transactions in one statement, each keyed by its project as one event would be. */
    void transactionsRecorded(@Observes TransactionsRecorded recorded) {
        outbox.appendAll(TOPIC, recorded.transactions().stream()
                .map(transaction -> new Outbox.Message(transaction.projectNumber(),
                        EventTypeNames.TRANSACTION_RECORDED, TransactionRecordedEvent.of(transaction)))
                .toList());
    }

    void yearEndBalanceRecorded(@Observes YearEndBalanceRecorded recorded) {
        record(EventTypeNames.YEAR_END_BALANCE_RECORDED, YearEndBalanceRecordedEvent.of(recorded));
    }

    /** An event about one project, keyed by its project number. */
    private void record(String type, FundingEvent event) {
        outbox.append(TOPIC, event.projectNumber(), type, event);
    }
}
