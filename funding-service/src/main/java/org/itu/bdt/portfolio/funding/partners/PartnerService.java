package org.itu.bdt.portfolio.funding.partners;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.funding.platform.ConflictException;
import org.itu.bdt.portfolio.funding.platform.NotFoundException;

import java.util.List;

/** Registers and changes partners; each change fires its event inside its transaction. */
@ApplicationScoped
public class PartnerService {

    private final Event<PartnerRegistered> registered;
    private final Event<PartnerUpdated> updated;

    PartnerService(Event<PartnerRegistered> registered, Event<PartnerUpdated> updated) {
        this.registered = registered;
        this.updated = updated;
    }

    @Transactional
    public Partner register(Partner partner) {
        if (Partner.findByIdOptional(partner.partnerId()).isPresent()) {
            throw new ConflictException("partner " + partner.partnerId() + " is already registered");
        }
        partner.persistAndFlush();
        registered.fire(PartnerRegistered.of(partner));
        return partner;
    }

    /** Publishes PartnerUpdated only when something changed, so that sending the same change twice is harmless. */
    @Transactional
    public Partner change(String partnerId, String name, PartnerType type, String country) {
        Partner partner = Partner.<Partner>findByIdOptional(partnerId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("no partner " + partnerId));
        if (partner.change(name, type, country)) {
            updated.fire(PartnerUpdated.of(partner));
        }
        return partner;
    }

    public Partner find(String partnerId) {
        return Partner.<Partner>findByIdOptional(partnerId)
                .orElseThrow(() -> new NotFoundException("no partner " + partnerId));
    }

    public List<Partner> list() {
        return Partner.listAll(Sort.by("partnerId"));
    }
}
