package org.itu.bdt.portfolio.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.itu.bdt.portfolio.funding.domain.PartnerType;

/** A partner's new name, type and country; its id never changes. */
public record ChangePartnerRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerType type,
        @CountryCode String country) {
}
