package org.itu.bdt.portfolio.funding.partners;

/** Fired inside the transaction that registered the partner. */
public record PartnerRegistered(String partnerId, String name, PartnerType type, String country, int revision) {

    static PartnerRegistered of(Partner partner) {
        return new PartnerRegistered(partner.partnerId(), partner.name(), partner.type(), partner.country(),
                partner.revision());
    }
}
