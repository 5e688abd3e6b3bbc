package org.itu.bdt.portfolio.reporting.ledger;

import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * What one consumed event changes in the read model, decoded but not yet applied: the ledger applies a batch of them
 * in one transaction ({@link LedgerService#apply(java.util.List)}), each at most once by its event id.
 */
public sealed interface ReadModelChange {

    UUID eventId();

    /** The key whose lock serialises the change with the others touching the same facts; none for an ignored event. */
    Optional<String> lockKey();

    /** A change to one project's facts (its record, status, agreements), which moves the ledgers. */
    record ToProject(UUID eventId, String projectNumber, UnaryOperator<ProjectFacts> change)
            implements ReadModelChange {
        @Override
        public Optional<String> lockKey() {
            return Optional.of(projectNumber);
        }
    }

    /** A partner's revision; the newest one known wins. */
    record ToPartner(UUID eventId, PartnerFact partner) implements ReadModelChange {
        @Override
        public Optional<String> lockKey() {
            return Optional.of("partner:" + partner.partnerId);
        }
    }

    /**
     * A monitoring fact of a project (instalment, partner report, schedule, board action), stored under the project's
     * lock with no ledger to move: the reports read these facts directly.
     */
    record Monitoring(UUID eventId, String projectNumber, Runnable store) implements ReadModelChange {
        @Override
        public Optional<String> lockKey() {
            return Optional.of(projectNumber);
        }
    }

    /** An event that changes nothing (a type this version does not know, a legacy record): recorded as consumed. */
    record Ignored(UUID eventId) implements ReadModelChange {
        @Override
        public Optional<String> lockKey() {
            return Optional.empty();
        }
    }
}
