package org.itu.bdt.portfolio.reporting.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.reporting.readmodel.ReadModelGate;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Runs a read-model change in its own transaction until it commits. A database outage or a transient conflict
 * delays the event (its partition waits), it never drops it. Only a record that can never apply — malformed, or
 * clashing with the stored facts — fails, and the failure strategy sends it to the dead-letter topic. Each attempt
 * passes the read-model gate, which a rebuild closes for its switch-over.
 */
@ApplicationScoped
class ReadModelTransactions {

    private static final Logger LOG = Logger.getLogger(ReadModelTransactions.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(100);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final ReadModelGate gate;

    ReadModelTransactions(ReadModelGate gate) {
        this.gate = gate;
    }

    void runUntilCommitted(Runnable change) {
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                gate.pass(() -> QuarkusTransaction.requiringNew().run(change));
                return;
            } catch (RuntimeException e) {
                if (isPermanent(e)) {
                    throw e;
                }
                LOG.warnf("read-model change failed, retrying in %d ms: %s", wait.toMillis(), rootMessage(e));
                pause(wait, e);
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    /** Malformed data, or a SQL integrity (23) or data (22) error: trying again would fail the same way. */
    static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MalformedEventException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("22"))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(Duration wait, RuntimeException failure) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
