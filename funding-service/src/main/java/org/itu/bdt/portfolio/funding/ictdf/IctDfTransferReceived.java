package org.itu.bdt.portfolio.funding.ictdf;

import org.itu.bdt.portfolio.funding.money.Money;

import java.time.LocalDate;

/** Fired inside the transaction that recorded money paid into the ICT-DF capital account. */
public record IctDfTransferReceived(String transferId, LocalDate receivedOn, Money amount, String source,
                                    String reference) {

    static IctDfTransferReceived of(IctDfTransfer transfer) {
        return new IctDfTransferReceived(transfer.transferId(), transfer.receivedOn(), transfer.amount(),
                transfer.source(), transfer.reference());
    }
}
