package org.itu.bdt.portfolio.funding.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record RegisterPartnerRequest(
        @NotNull @Pattern(regexp = Partner.ID_PATTERN) String partnerId,
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerType type,
        @CountryCode String country) {

    Partner toPartner() {
        return new Partner(partnerId, name, type, country);
    }
}
