package org.itu.bdt.portfolio.funding.agreements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.itu.bdt.portfolio.funding.rates.Rate;
import org.itu.bdt.portfolio.funding.rates.RateOverride;

import java.math.BigDecimal;

/** A rate imposed instead of the published one; the reason is stored and shown with the agreement. */
public record RateOverrideRequest(@NotNull @Rate BigDecimal chfPerUnit, @NotBlank @Size(max = 200) String reason) {

    RateOverride toOverride() {
        return new RateOverride(chfPerUnit, reason.strip());
    }
}
