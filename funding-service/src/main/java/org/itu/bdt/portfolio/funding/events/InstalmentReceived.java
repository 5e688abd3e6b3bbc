package org.itu.bdt.portfolio.funding.events;

/** A payment against a partner agreement's schedule; amount is an exact decimal string in currency. */
public record InstalmentReceived(String agreementNumber, String projectNumber, String partnerId, String reference,
                                 String receivedOn, String amount, String currency)
        implements FundingEvent {
}
