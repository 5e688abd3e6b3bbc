package org.itu.bdt.portfolio.funding.agreements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.itu.bdt.portfolio.funding.money.Amount;

import java.math.BigDecimal;
import java.time.LocalDate;

public record AmendAgreementRequest(
        @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9-]{2,49}$") String amendmentId,
        @NotNull LocalDate effectiveOn,
        @NotNull @Amount BigDecimal newOriginalAmount,
        @Amount BigDecimal newChfAmount,
        @NotBlank @Size(max = 500) String reason) {

    AmendmentTerms toTerms() {
        return new AmendmentTerms(amendmentId, effectiveOn, newOriginalAmount, newChfAmount, reason);
    }
}
