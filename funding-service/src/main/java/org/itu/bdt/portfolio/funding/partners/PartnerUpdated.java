package org.itu.bdt.portfolio.funding.partners;

/** Fired inside the transaction that changed the partner: the partner as it is now, with its new revision. */
public record PartnerUpdated(String partnerId, String name, PartnerType type, String country, int revision) {

    static PartnerUpdated of(Partner partner) {
        return new PartnerUpdated(partner.partnerId(), partner.name(), partner.type(), partner.country(),
                partner.revision());
    }
}
