package org.itu.bdt.portfolio.funding.ictdf;


import java.math.BigDecimal;
import java.time.LocalDate;

public record TransferResponse(String transferId, LocalDate receivedOn, BigDecimal amountChf, String source,
                               String reference) {

    static TransferResponse of(IctDfTransfer transfer) {
        return new TransferResponse(transfer.transferId(), transfer.receivedOn(), transfer.amount().shown(),
                transfer.source(), transfer.reference());
    }
}
