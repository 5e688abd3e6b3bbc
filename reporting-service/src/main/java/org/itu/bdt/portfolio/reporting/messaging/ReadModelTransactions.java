package org.itu.bdt.portfolio.reporting.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.kit.messaging.TransientFailureRetry;
import org.itu.bdt.portfolio.reporting.readmodel.ReadModelGate;

/**
 * Runs a read-model change in its own transaction until it commits, with the kit's retry policy: a database outage
 * or a transient conflict delays the event (its partition waits), it never drops it; a record that can never apply
 * fails at once and the failure strategy dead-letters it. Each attempt passes the read-model gate, which a rebuild
 * closes for its switch-over.
 */
@ApplicationScoped
class ReadModelTransactions {

    private final ReadModelGate gate;
    private final TransientFailureRetry retry;

    ReadModelTransactions(ReadModelGate gate, TransientFailureRetry retry) {
        this.gate = gate;
        this.retry = retry;
    }

    void runUntilCommitted(Runnable change) {
        retry.runUntilDone(() -> gate.pass(() -> QuarkusTransaction.requiringNew().run(change)));
    }
}
