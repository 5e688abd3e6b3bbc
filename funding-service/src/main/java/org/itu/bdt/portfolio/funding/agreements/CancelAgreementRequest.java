package org.itu.bdt.portfolio.funding.agreements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record CancelAgreementRequest(
        @NotNull LocalDate cancelledOn,
        @NotBlank @Size(max = 500) String reason) {

    CancellationTerms toTerms() {
        return new CancellationTerms(cancelledOn, reason);
    }
}
