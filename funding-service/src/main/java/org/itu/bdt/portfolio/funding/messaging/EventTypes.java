package org.itu.bdt.portfolio.funding.messaging;

/**
 * The ce_type of each event on {@value Outbox#TOPIC}. Written out, never derived from a class name, so that
 * renaming a Java class cannot change the wire format.
 */
final class EventTypes {
    static final String PARTNER_REGISTERED = "PartnerRegistered";
    static final String PARTNER_UPDATED = "PartnerUpdated";
    static final String AGREEMENT_SIGNED = "AgreementSigned";
    static final String AGREEMENT_AMENDED = "AgreementAmended";
    static final String AGREEMENT_CANCELLED = "AgreementCancelled";
    static final String EXCHANGE_RATE_PUBLISHED = "ExchangeRatePublished";
    static final String ICT_DF_TRANSFER_RECEIVED = "IctDfTransferReceived";
    static final String ICT_DF_ALLOCATED = "IctDfAllocated";
    static final String INSTALMENT_RECEIVED = "InstalmentReceived";
    static final String TRANSACTION_RECORDED = "TransactionRecorded";
    static final String YEAR_END_BALANCE_RECORDED = "YearEndBalanceRecorded";

    private EventTypes() {
    }
}
