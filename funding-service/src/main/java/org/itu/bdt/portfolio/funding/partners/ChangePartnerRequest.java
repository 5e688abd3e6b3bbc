package org.itu.bdt.portfolio.funding.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A partner's new name, type and country; its id never changes. */
public record ChangePartnerRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerType type,
        @CountryCode String country) {
}
