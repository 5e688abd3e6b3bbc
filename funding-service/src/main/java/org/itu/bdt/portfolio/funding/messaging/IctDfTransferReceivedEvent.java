package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.funding.ictdf.IctDfTransferReceived;

/** Money paid into the ICT-DF capital account; keyed by the account ("ICT-DF"), not by a project. */
public record IctDfTransferReceivedEvent(String transferId, String receivedOn, String amountChf, String source,
                                         String reference) {

    static IctDfTransferReceivedEvent of(IctDfTransferReceived received) {
        return new IctDfTransferReceivedEvent(received.transferId(), received.receivedOn().toString(),
                received.amount().plain(), received.source(), received.reference());
    }
}
