package org.itu.bdt.portfolio.funding.ictdf;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.itu.bdt.portfolio.funding.money.Amount;

import java.math.BigDecimal;
import java.time.LocalDate;

public record ReceiveTransferRequest(
        @Pattern(regexp = IctDfTransfer.ID_PATTERN) String transferId,
        @NotNull @PastOrPresent LocalDate receivedOn,
        @NotNull @Amount BigDecimal amountChf,
        @NotBlank @Size(max = 200) String source,
        @NotBlank @Size(max = 500) String reference) {

    TransferTerms toTerms() {
        return new TransferTerms(transferId, receivedOn, amountChf, source, reference);
    }
}
