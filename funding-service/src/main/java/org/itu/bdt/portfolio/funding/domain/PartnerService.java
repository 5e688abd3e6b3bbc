package org.itu.bdt.portfolio.funding.domain;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

@ApplicationScoped
public class PartnerService {

    @Transactional
    public Partner register(Partner partner) {
        if (Partner.findByIdOptional(partner.partnerId()).isPresent()) {
            throw new Conflict("partner " + partner.partnerId() + " is already registered");
        }
        partner.persistAndFlush();
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
