package org.itu.bdt.portfolio.funding.api;

import org.itu.bdt.portfolio.funding.domain.Partner;
import org.itu.bdt.portfolio.funding.domain.PartnerType;

public record PartnerResponse(String partnerId, String name, PartnerType type, String country) {

    static PartnerResponse of(Partner partner) {
        return new PartnerResponse(partner.partnerId(), partner.name(), partner.type(), partner.country());
    }
}
