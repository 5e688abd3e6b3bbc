package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.ledger.PartnerFact;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/** Data of PartnerRegistered and PartnerUpdated: the partner as it now is. */
record PartnerChanged(String partnerId, String name, String type, String country, Integer revision) {

    PartnerFact toFact() {
        return new PartnerFact(required(partnerId, "partnerId"), required(name, "name"), type, country,
                required(revision, "revision"));
    }
}
