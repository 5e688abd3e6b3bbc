package org.itu.bdt.portfolio.funding.domain;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.funding.events.Outbox;
import org.itu.bdt.portfolio.funding.events.PartnerRegistered;
import org.itu.bdt.portfolio.funding.events.PartnerUpdated;

import java.util.List;

/** Registers and changes partners; each change is published through the outbox in its transaction. */
@ApplicationScoped
public class PartnerService {

    private final Outbox outbox;

    PartnerService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Partner register(Partner partner) {
        if (Partner.findByIdOptional(partner.partnerId()).isPresent()) {
            throw new Conflict("partner " + partner.partnerId() + " is already registered");
        }
        partner.persistAndFlush();
        outbox.record(partner.partnerId(), PartnerRegistered.of(partner));
        return partner;
    }

    /** Publishes PartnerUpdated only when something changed, so that sending the same change twice is harmless. */
    @Transactional
    public Partner change(String partnerId, String name, PartnerType type, String country) {
        Partner partner = Partner.<Partner>findByIdOptional(partnerId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("no partner " + partnerId));
        if (partner.change(name, type, country)) {
            outbox.record(partnerId, PartnerUpdated.of(partner));
        }
        return partner;
    }

    public Partner find(String partnerId) {
        return Partner.<Partner>findByIdOptional(partnerId)
                .orElseThrow(() -> new NotFound("no partner " + partnerId));
    }

    public List<Partner> list() {
        return Partner.listAll(Sort.by("partnerId"));
    }
}
