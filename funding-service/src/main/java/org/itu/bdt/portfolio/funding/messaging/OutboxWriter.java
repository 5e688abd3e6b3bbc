package org.itu.bdt.portfolio.funding.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.itu.bdt.portfolio.funding.agreements.AgreementAmended;
import org.itu.bdt.portfolio.funding.agreements.AgreementCancelled;
import org.itu.bdt.portfolio.funding.agreements.AgreementSigned;
import org.itu.bdt.portfolio.funding.finance.TransactionRecorded;
import org.itu.bdt.portfolio.funding.finance.YearEndBalanceRecorded;
import org.itu.bdt.portfolio.funding.ictdf.IctDfAccountService;
import org.itu.bdt.portfolio.funding.ictdf.IctDfAllocated;
import org.itu.bdt.portfolio.funding.ictdf.IctDfTransferReceived;
import org.itu.bdt.portfolio.funding.instalments.InstalmentReceived;
import org.itu.bdt.portfolio.funding.partners.PartnerRegistered;
import org.itu.bdt.portfolio.funding.partners.PartnerUpdated;
import org.itu.bdt.portfolio.funding.rates.ExchangeRatePublished;

/**
 * Turns the features' events into outbox rows. The observers are synchronous, so each row is written inside the
 * transaction of the change it tells, in the order the changes fire their events.
 */
@ApplicationScoped
class OutboxWriter {
    private final Outbox outbox;

    OutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    void partnerRegistered(@Observes PartnerRegistered registered) {
        outbox.record(EventTypes.PARTNER_REGISTERED, registered.partnerId(), PartnerRegisteredEvent.of(registered));
    }

    void partnerUpdated(@Observes PartnerUpdated updated) {
        outbox.record(EventTypes.PARTNER_UPDATED, updated.partnerId(), PartnerUpdatedEvent.of(updated));
    }

    void agreementSigned(@Observes AgreementSigned signed) {
        outbox.record(EventTypes.AGREEMENT_SIGNED, AgreementSignedEvent.of(signed));
    }

    void agreementAmended(@Observes AgreementAmended amended) {
        outbox.record(EventTypes.AGREEMENT_AMENDED, AgreementAmendedEvent.of(amended));
    }

    void agreementCancelled(@Observes AgreementCancelled cancelled) {
        outbox.record(EventTypes.AGREEMENT_CANCELLED, AgreementCancelledEvent.of(cancelled));
    }

    /** Keyed by the currency: a rate belongs to no project. */
    void exchangeRatePublished(@Observes ExchangeRatePublished published) {
        outbox.record(EventTypes.EXCHANGE_RATE_PUBLISHED, published.currency(),
                ExchangeRatePublishedEvent.of(published));
    }

    /** Keyed by the account, so that the transfers stay in order. */
    void ictDfTransferReceived(@Observes IctDfTransferReceived received) {
        outbox.record(EventTypes.ICT_DF_TRANSFER_RECEIVED, IctDfAccountService.ACCOUNT_ID,
                IctDfTransferReceivedEvent.of(received));
    }

    void ictDfAllocated(@Observes IctDfAllocated allocated) {
        outbox.record(EventTypes.ICT_DF_ALLOCATED, IctDfAllocatedEvent.of(allocated));
    }

    void instalmentReceived(@Observes InstalmentReceived received) {
        outbox.record(EventTypes.INSTALMENT_RECEIVED, InstalmentReceivedEvent.of(received));
    }

    void transactionRecorded(@Observes TransactionRecorded recorded) {
        outbox.record(EventTypes.TRANSACTION_RECORDED, TransactionRecordedEvent.of(recorded));
    }

    void yearEndBalanceRecorded(@Observes YearEndBalanceRecorded recorded) {
        outbox.record(EventTypes.YEAR_END_BALANCE_RECORDED, YearEndBalanceRecordedEvent.of(recorded));
    }
}
