package org.itu.bdt.portfolio.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.reporting.domain.Contribution;
import org.itu.bdt.portfolio.reporting.domain.PortfolioFacts;
import org.itu.bdt.portfolio.reporting.domain.ProjectFacts;
import org.itu.bdt.portfolio.reporting.domain.RegionLedger;

import java.util.UUID;
import java.util.function.UnaryOperator;

/** Applies an event to one project's facts and moves the region ledger by the change in its contribution. */
@ApplicationScoped
class PortfolioProjection {

    private final PortfolioFacts facts;
    private final RegionLedger ledger;
    private final ConsumedEvents consumedEvents;
    private final RegionLedgerChanges ledgerChanges;

    PortfolioProjection(PortfolioFacts facts, RegionLedger ledger, ConsumedEvents consumedEvents,
                        RegionLedgerChanges ledgerChanges) {
        this.facts = facts;
        this.ledger = ledger;
        this.consumedEvents = consumedEvents;
        this.ledgerChanges = ledgerChanges;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void apply(UUID eventId, String projectNumber, UnaryOperator<ProjectFacts> change) {
        facts.lock(projectNumber);
        if (!consumedEvents.firstDelivery(eventId)) {
            return;
        }
        ProjectFacts before = facts.of(projectNumber);
        ProjectFacts after = change.apply(before);
        Contribution moved = after.contribution().minus(before.contribution());
        ledger.add(moved);
        ledgerChanges.announce(moved);
        facts.save(before, after);
    }

    /** An event type this version does not know: recorded, so that a replay skips it too, and otherwise ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    void skip(UUID eventId) {
        consumedEvents.firstDelivery(eventId);
    }
}
