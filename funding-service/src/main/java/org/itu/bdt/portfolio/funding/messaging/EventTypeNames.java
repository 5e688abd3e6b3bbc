package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.kit.messaging.EventTypes;

/**
 * The ce_type of every event funding-service publishes on {@value OutboxWriter#TOPIC}, as docs/asyncapi.yaml names
 * it: explicit names under the kit's reverse-DNS prefix, never derived from a class name, so that renaming a Java
 * class cannot change the wire format.
 */
public final class EventTypeNames {
    public static final String PARTNER_REGISTERED = EventTypes.PREFIX + "PartnerRegistered";
    public static final String PARTNER_UPDATED = EventTypes.PREFIX + "PartnerUpdated";
    public static final String AGREEMENT_SIGNED = EventTypes.PREFIX + "AgreementSigned";
    public static final String AGREEMENT_AMENDED = EventTypes.PREFIX + "AgreementAmended";
    public static final String AGREEMENT_CANCELLED = EventTypes.PREFIX + "AgreementCancelled";
    public static final String EXCHANGE_RATE_PUBLISHED = EventTypes.PREFIX + "ExchangeRatePublished";
    public static final String ICT_DF_TRANSFER_RECEIVED = EventTypes.PREFIX + "IctDfTransferReceived";
    public static final String ICT_DF_ALLOCATED = EventTypes.PREFIX + "IctDfAllocated";
    public static final String INSTALMENT_RECEIVED = EventTypes.PREFIX + "InstalmentReceived";
    public static final String TRANSACTION_RECORDED = EventTypes.PREFIX + "TransactionRecorded";
    public static final String YEAR_END_BALANCE_RECORDED = EventTypes.PREFIX + "YearEndBalanceRecorded";

    private EventTypeNames() {
    }
}
