package org.itu.bdt.portfolio.kit.messaging;

import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a consumer's attempt until it succeeds. A database outage or a transient conflict only delays the event
 * (its partition waits), it never drops it. A failure that would fail the same way again (malformed event, SQL data
 * or integrity error) is rethrown at once, so the consumer's failure strategy dead-letters the record. It keeps, per
 * thread, since when the event it works on has waited, so that readiness can tell a consumer that is stuck. Once the
 * application stops, a failed attempt is not tried again: the event stays unacknowledged, to be delivered again after
 * the restart, rather than holding the shutdown (the database session and the container are closing under it).
 */
public class TransientFailureRetry {

    private static final Logger LOG = Logger.getLogger(TransientFailureRetry.class);

    private final Duration firstWait;
    private final Duration longestWait;
    private final Map<Thread, Waiting> inProgress = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    /** An event being applied since {@code since}; {@code lastFailure} is null until an attempt failed. */
    public record Waiting(Instant since, String lastFailure) {
    }

    public TransientFailureRetry(Duration firstWait, Duration longestWait) {
        this.firstWait = firstWait;
        this.longestWait = longestWait;
    }

    /** Rethrows a permanent failure; an interruption ends the retries with the last failure, interrupt flag set. */
    public void runUntilDone(Runnable attempt) {
        Thread thread = Thread.currentThread();
        // a nested call (a retried step inside a retried change) belongs to the outer one's wait
        boolean outermost = inProgress.putIfAbsent(thread, new Waiting(Instant.now(), null)) == null;
        try {
            retry(attempt, thread);
        } finally {
            if (outermost) {
                inProgress.remove(thread);
            }
        }
    }

    /** From now on a failed attempt ends the retries with its failure: the application is stopping. */
    public void stop() {
        stopping = true;
    }

    /** Whether a failure that is not permanent came from the application stopping, not from the event. */
    public boolean stopping() {
        return stopping;
    }

    /** The event that has waited longest to be applied, if one is being applied now. */
    public Optional<Waiting> longestWaiting() {
        return inProgress.values().stream().min(Comparator.comparing(Waiting::since));
    }

    private void retry(Runnable attempt, Thread thread) {
        Duration wait = firstWait;
        while (true) {
            try {
                attempt.run();
                return;
            } catch (RuntimeException e) {
                if (isPermanent(e) || stopping) {
                    throw e;
                }
                LOG.warnf("attempt failed, retrying in %d ms: %s", wait.toMillis(), rootMessage(e));
                inProgress.computeIfPresent(thread, (key, waiting) -> new Waiting(waiting.since(), rootMessage(e)));
                pause(wait, e);
                if (stopping) {
                    throw e;
                }
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
