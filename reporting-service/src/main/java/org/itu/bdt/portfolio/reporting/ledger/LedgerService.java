package org.itu.bdt.portfolio.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Applies an event to one project's facts and moves the ledgers by the change in its contribution; announces each
 * move as a {@link LedgerMoved}. Runs inside the consumer's read-model transaction.
 */
@ApplicationScoped
public class LedgerService {

    private final PortfolioFacts facts;
    private final RegionLedger ledger;
    private final BreakdownLedger breakdowns;
    private final Inbox inbox;
    private final Event<LedgerMoved> moves;

    LedgerService(PortfolioFacts facts, RegionLedger ledger, BreakdownLedger breakdowns, Inbox inbox,
                  Event<LedgerMoved> moves) {
        this.facts = facts;
        this.ledger = ledger;
        this.breakdowns = breakdowns;
        this.inbox = inbox;
        this.moves = moves;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UUID eventId, String projectNumber, UnaryOperator<ProjectFacts> change) {
        facts.lock(projectNumber);
        if (!inbox.firstDelivery(eventId)) {
            return;
        }
        ProjectFacts before = facts.of(projectNumber);
        ProjectFacts after = change.apply(before);
        Contribution contribution = after.contribution();
        Contribution difference = contribution.minus(before.contribution());
        ledger.add(difference);
        breakdowns.add(difference);
        if (!difference.isEmpty()) {
            moves.fire(new LedgerMoved(difference));
        }
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
    public void apply(UUID eventId, PartnerFact partner) {
        facts.lock("partner:" + partner.partnerId);
        if (!inbox.firstDelivery(eventId)) {
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
    public void record(UUID eventId, String projectNumber, Runnable store) {
        facts.lock(projectNumber);
        if (inbox.firstDelivery(eventId)) {
            store.run();
        }
    }
}
