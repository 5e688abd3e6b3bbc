package org.itu.bdt.portfolio.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.reporting.domain.BreakdownLedger;
import org.itu.bdt.portfolio.reporting.domain.Contribution;
import org.itu.bdt.portfolio.reporting.domain.PartnerFact;
import org.itu.bdt.portfolio.reporting.domain.PortfolioFacts;
import org.itu.bdt.portfolio.reporting.domain.ProjectFacts;
import org.itu.bdt.portfolio.reporting.domain.RegionLedger;

import java.util.UUID;
import java.util.function.UnaryOperator;

/** Applies an event to one project's facts and moves the ledgers by the change in its contribution. */
@ApplicationScoped
class PortfolioProjection {

    private final PortfolioFacts facts;
    private final RegionLedger ledger;
    private final BreakdownLedger breakdowns;
    private final ConsumedEvents consumedEvents;
    private final LedgerChanges ledgerChanges;

    PortfolioProjection(PortfolioFacts facts, RegionLedger ledger, BreakdownLedger breakdowns,
                        ConsumedEvents consumedEvents, LedgerChanges ledgerChanges) {
        this.facts = facts;
        this.ledger = ledger;
        this.breakdowns = breakdowns;
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
        Contribution contribution = after.contribution();
        Contribution difference = contribution.minus(before.contribution());
        ledger.add(difference);
        breakdowns.add(difference);
        ledgerChanges.announce(difference);
        facts.save(before, after);
        if (after.project() != before.project()) {
            facts.rememberLabels(after.project());
        }
        if (!difference.isEmpty()) {
            facts.rememberKeys(projectNumber, contribution.keys());
        }
    }

    /** A partner's newest revision replaces what is known of it; an older or repeated one changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    void apply(UUID eventId, PartnerFact partner) {
        facts.lock("partner:" + partner.partnerId);
        if (!consumedEvents.firstDelivery(eventId)) {
            return;
        }
        PartnerFact known = PartnerFact.findById(partner.partnerId);
        if (known == null || partner.revision > known.revision) {
            facts.save(partner);
        }
    }

    /**
     * A monitoring fact (instalment, partner report, schedule, board action): stored once, under the project's lock,
     * with no ledger to move because the reports read these facts directly.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(UUID eventId, String projectNumber, Runnable store) {
        facts.lock(projectNumber);
        if (consumedEvents.firstDelivery(eventId)) {
            store.run();
        }
    }

    /** An event type this version does not know: recorded, so that a replay skips it too, and otherwise ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    void skip(UUID eventId) {
        consumedEvents.firstDelivery(eventId);
    }
}
