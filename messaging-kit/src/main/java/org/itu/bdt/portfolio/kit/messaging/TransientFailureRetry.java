package org.itu.bdt.portfolio.kit.messaging;

import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Runs a consumer's attempt until it succeeds. A database outage or a transient conflict only delays the event
 * (its partition waits), it never drops it. A failure that would fail the same way again (malformed event, SQL data
 * or integrity error) is rethrown at once, so the consumer's failure strategy dead-letters the record.
 */
public class TransientFailureRetry {

    private static final Logger LOG = Logger.getLogger(TransientFailureRetry.class);

    private final Duration firstWait;
    private final Duration longestWait;

    public TransientFailureRetry(Duration firstWait, Duration longestWait) {
        this.firstWait = firstWait;
        this.longestWait = longestWait;
    }

    /** Rethrows a permanent failure; an interruption ends the retries with the last failure, interrupt flag set. */
    public void runUntilDone(Runnable attempt) {
        Duration wait = firstWait;
        while (true) {
            try {
                attempt.run();
                return;
            } catch (RuntimeException e) {
                if (isPermanent(e)) {
                    throw e;
                }
                LOG.warnf("attempt failed, retrying in %d ms: %s", wait.toMillis(), rootMessage(e));
                pause(wait, e);
                wait = wait.multipliedBy(2).compareTo(longestWait) > 0 ? longestWait : wait.multipliedBy(2);
            }
        }
    }

    /** Malformed data, or a SQL data (class 22) or integrity (class 23) error, anywhere in the cause chain. */
    public static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MalformedEventException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
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
