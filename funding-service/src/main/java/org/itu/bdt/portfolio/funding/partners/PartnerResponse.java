package org.itu.bdt.portfolio.funding.partners;


public record PartnerResponse(String partnerId, String name, PartnerType type, String country) {

    static PartnerResponse of(Partner partner) {
        return new PartnerResponse(partner.partnerId(), partner.name(), partner.type(), partner.country());
    }
}
