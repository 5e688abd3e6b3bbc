package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.funding.instalments.InstalmentReceived;

/**
 * A payment against a partner agreement's schedule; amount is an exact decimal string in currency, chfAmount the
 * CHF funding-service booked for it, so that no consumer converts.
 */
public record InstalmentReceivedEvent(String agreementNumber, String projectNumber, String partnerId,
                                      String reference, String receivedOn, String amount, String chfAmount,
                                      String currency) implements FundingEvent {

    static InstalmentReceivedEvent of(InstalmentReceived received) {
        return new InstalmentReceivedEvent(received.agreementNumber(), received.projectNumber(),
                received.partnerId(), received.reference(), received.receivedOn().toString(),
                received.amount().plain(), received.chf().plain(), received.amount().currency().getCurrencyCode());
    }
}
