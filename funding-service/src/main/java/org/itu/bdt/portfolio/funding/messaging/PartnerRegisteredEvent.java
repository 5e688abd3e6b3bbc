package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.funding.partners.PartnerRegistered;

/** A partner registered; keyed by its id. type is the label ("government", "un-agency", ...). */
public record PartnerRegisteredEvent(String partnerId, String name, String type, String country, int revision) {

    static PartnerRegisteredEvent of(PartnerRegistered registered) {
        return new PartnerRegisteredEvent(registered.partnerId(), registered.name(), registered.type().label(),
                registered.country(), registered.revision());
    }
}
