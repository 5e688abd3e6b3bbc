package org.itu.bdt.portfolio.funding.partners;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.funding.platform.ConflictException;
import org.itu.bdt.portfolio.funding.platform.NotFoundException;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;
import org.itu.bdt.portfolio.kit.security.Caller;

import java.util.List;

/**
 * Registers and changes partners; each change fires its event and is in the audit trail, inside its transaction. A
 * partner's portal sees its own partner only: another one answers as if it did not exist.
 */
@ApplicationScoped
public class PartnerService {

    private final Event<PartnerRegistered> registered;
    private final Event<PartnerUpdated> updated;
    private final Caller caller;
    private final AuditTrail audit;

    PartnerService(Event<PartnerRegistered> registered, Event<PartnerUpdated> updated, Caller caller,
                   AuditTrail audit) {
        this.registered = registered;
        this.updated = updated;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Partner register(Partner partner) {
        if (Partner.findByIdOptional(partner.partnerId()).isPresent()) {
            throw new ConflictException("partner " + partner.partnerId() + " is already registered");
        }
        partner.persistAndFlush();
        registered.fire(PartnerRegistered.of(partner));
        audit.record(Partner.AUDITED_AS, partner.partnerId(), "registered", null, Particulars.of(partner));
        return partner;
    }

    /** Publishes PartnerUpdated only when something changed, so that sending the same change twice is harmless. */
    @Transactional
    public Partner change(String partnerId, String name, PartnerType type, String country) {
        Partner partner = Partner.<Partner>findByIdOptional(partnerId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("no partner " + partnerId));
        Particulars before = Particulars.of(partner);
        if (partner.change(name, type, country)) {
            updated.fire(PartnerUpdated.of(partner));
            audit.record(Partner.AUDITED_AS, partnerId, "changed", before, Particulars.of(partner));
        }
        return partner;
    }

    public Partner find(String partnerId) {
        return Partner.<Partner>findByIdOptional(partnerId)
                .filter(partner -> caller.sees(partner.partnerId()))
                .orElseThrow(() -> new NotFoundException("no partner " + partnerId));
    }

    public List<Partner> list() {
        return caller.partner()
                .map(own -> Partner.<Partner>findByIdOptional(own).stream().toList())
                .orElseGet(() -> Partner.listAll(Sort.by("partnerId")));
    }

    /** A partner as the audit trail keeps it. */
    record Particulars(String name, PartnerType type, String country, int revision) {
        static Particulars of(Partner partner) {
            return new Particulars(partner.name(), partner.type(), partner.country(), partner.revision());
        }
    }
}
