package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.funding.partners.PartnerUpdated;

/** A partner as it is after a change, with its new revision; keyed by its id. */
public record PartnerUpdatedEvent(String partnerId, String name, String type, String country, int revision) {

    static PartnerUpdatedEvent of(PartnerUpdated updated) {
        return new PartnerUpdatedEvent(updated.partnerId(), updated.name(), updated.type().label(),
                updated.country(), updated.revision());
    }
}
