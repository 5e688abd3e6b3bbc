package org.itu.bdt.portfolio.funding.events;

import org.itu.bdt.portfolio.funding.domain.Partner;

/** A partner registered; keyed by its id. type is the label ("government", "un-agency", ...). */
public record PartnerRegistered(String partnerId, String name, String type, String country, int revision) {

    public static PartnerRegistered of(Partner partner) {
        return new PartnerRegistered(partner.partnerId(), partner.name(), partner.type().label(), partner.country(),
                partner.revision());
    }
}
