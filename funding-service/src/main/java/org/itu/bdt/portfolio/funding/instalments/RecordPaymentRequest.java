package org.itu.bdt.portfolio.funding.instalments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.itu.bdt.portfolio.funding.money.Amount;

import java.math.BigDecimal;
import java.time.LocalDate;

/** reference is the finance system's own: sending it again is a retry, not a second payment. */
public record RecordPaymentRequest(
        @NotNull LocalDate receivedOn,
        @NotNull @Positive @Amount BigDecimal amount,
        @NotBlank @Size(max = 100) String reference) {

    PaymentTerms toTerms() {
        return new PaymentTerms(reference, receivedOn, amount);
    }
}
