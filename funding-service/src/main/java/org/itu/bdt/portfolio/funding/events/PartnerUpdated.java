package org.itu.bdt.portfolio.funding.events;

import org.itu.bdt.portfolio.funding.domain.Partner;

/** A partner as it is after a change, with its new revision; keyed by its id. */
public record PartnerUpdated(String partnerId, String name, String type, String country, int revision) {

    public static PartnerUpdated of(Partner partner) {
        return new PartnerUpdated(partner.partnerId(), partner.name(), partner.type().label(), partner.country(),
                partner.revision());
    }
}
