package org.itu.bdt.portfolio.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies a batch of events to the read model in the caller's transaction: every lock they need taken up front, each
 * touched project's facts read once and written once, and the ledgers moved once by the sum of the projects' changes
 * in contribution, announced as one {@link LedgerMoved}. The events of a project apply in their order; an event
 * already applied (the inbox knows its id) changes nothing.
 */
@ApplicationScoped
public class LedgerService {

    private static final Logger LOG = Logger.getLogger(LedgerService.class);

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
    public void apply(List<ReadModelChange> changes) {
        var laps = new Laps();
        facts.writeAtCommit();
        Set<UUID> firstDeliveries = new HashSet<>(inbox.firstDeliveries(
                changes.stream().map(ReadModelChange::eventId).toList()));
        laps.lap("inbox");
        // only the events never applied need locks: a batch delivered again (a rewound group) waits for no one
        List<ReadModelChange> fresh = changes.stream()
                .filter(change -> firstDeliveries.contains(change.eventId())).toList();
        facts.lock(fresh.stream().flatMap(change -> change.lockKey().stream()).collect(Collectors.toSet()));
        laps.lap("locks");
        var projects = new ProjectsInWork(facts.of(fresh.stream()
                .filter(ReadModelChange.ToProject.class::isInstance)
                .map(change -> ((ReadModelChange.ToProject) change).projectNumber()).toList()));
        laps.lap("read");
        for (ReadModelChange change : changes) {
            // removed once applied, so that the same event twice in one batch applies once
            if (firstDeliveries.remove(change.eventId())) {
                applyOne(change, projects);
            }
        }
        Contribution difference = projects.save();
        laps.lap("facts");
        ledger.add(difference);
        breakdowns.add(difference);
        if (!difference.isEmpty()) {
            moves.fire(new LedgerMoved(difference));
        }
        laps.lap("ledgers");
        LOG.debugf("%d events, %d new: %s (new facts are written at commit)", changes.size(), fresh.size(), laps);
    }

    private void applyOne(ReadModelChange change, ProjectsInWork projects) {
        if (change instanceof ReadModelChange.ToProject toProject) {
            projects.change(toProject);
        } else if (change instanceof ReadModelChange.ToPartner toPartner) {
            PartnerFact known = PartnerFact.findById(toPartner.partner().partnerId);
            if (known == null || toPartner.partner().revision > known.revision) {
                facts.save(toPartner.partner());
            }
        } else if (change instanceof ReadModelChange.Monitoring monitoring) {
            monitoring.store().run();
        }
    }

    /** The facts of the projects a batch changes, as read (all at once, before any change) and as changed so far. */
    private final class ProjectsInWork {

        private final Map<String, ProjectFacts> read;
        private final Map<String, ProjectFacts> changed;

        ProjectsInWork(Map<String, ProjectFacts> read) {
            this.read = read;
            this.changed = new HashMap<>(read);
        }

        void change(ReadModelChange.ToProject change) {
            changed.put(change.projectNumber(), change.change().apply(changed.get(change.projectNumber())));
        }

        /**
         * Writes what each project gained and returns the sum of their changes in contribution, worked out from the
         * first date the batch's events can change: a new instalment of a long programme costs its own dates, not
         * the programme's history.
         */
        Contribution save() {
            List<Contribution> differences = new ArrayList<>();
            Map<String, String> labels = new TreeMap<>();
            Map<String, Set<LedgerKey>> keysRecounted = new TreeMap<>();
            Map<String, Set<LedgerKey>> keysAdded = new TreeMap<>();
            for (var entry : read.entrySet()) {
                ProjectFacts before = entry.getValue();
                ProjectFacts after = changed.get(entry.getKey());
                Optional<LocalDate> from = after.changedFrom(before);
                if (from.isEmpty()) {
                    continue;
                }
                Contribution contributed = before.contributionFrom(from.get());
                Contribution contribution = after.contributionFrom(from.get());
                Contribution difference = contribution.minus(contributed);
                facts.save(before, after);
                if (after.project() != before.project()) {
                    labels.putAll(PortfolioFacts.labels(after.project()));
                }
                if (before.project() == null) {
                    // a project counts nowhere before its record: it has no keys to forget
                    keysAdded.put(entry.getKey(), contribution.keys());
                } else if (from.get().equals(LocalDate.MIN)) {
                    if (!contribution.keys().equals(contributed.keys())) {
                        keysRecounted.put(entry.getKey(), contribution.keys());
                    }
                } else {
                    // only part of the history was recounted: keys are added, never dropped (a drill-down lists a
                    // project under a key only where it counts there, so a key it left costs a look, not a wrong row)
                    keysAdded.put(entry.getKey(), difference.keys());
                }
                differences.add(difference);
            }
            facts.rememberKeys(keysRecounted);
            facts.addKeys(keysAdded);
            facts.rememberLabels(labels);
            return Contribution.sum(differences);
        }
    }

    /** Where a batch's time goes, for the debug log: on a busy machine, lock waits and round trips differ. */
    private static final class Laps {

        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            laps.append(laps.isEmpty() ? "" : ", ").append(phase).append(' ').append((now - last) / 1_000_000)
                    .append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }
}
