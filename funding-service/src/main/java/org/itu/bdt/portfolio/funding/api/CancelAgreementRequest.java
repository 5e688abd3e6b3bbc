package org.itu.bdt.portfolio.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.itu.bdt.portfolio.funding.domain.CancellationTerms;

import java.time.LocalDate;

public record CancelAgreementRequest(
        @NotNull LocalDate cancelledOn,
        @NotBlank @Size(max = 500) String reason) {

    CancellationTerms toTerms() {
        return new CancellationTerms(cancelledOn, reason);
    }
}
