package org.itu.bdt.portfolio.projects.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * Applies a consumed event in its own transaction, once: its id is recorded in consumed_event in the same
 * transaction, and a database outage or a transient conflict delays the event (its partition waits), it never drops
 * it. Only a record that can never apply (malformed, or an SQL data or integrity error) fails, to the dead-letter topic.
 */
@ApplicationScoped
class IncomingEventTransactions {

    private static final Logger LOG = Logger.getLogger(IncomingEventTransactions.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(100);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final EntityManager entityManager;

    IncomingEventTransactions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void applyOnce(UUID eventId, Runnable change) {
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (firstDelivery(eventId)) {
                        change.run();
                    }
                });
                return;
            } catch (RuntimeException e) {
                if (isPermanent(e)) {
                    throw e;
                }
                LOG.warnf("consumed event %s failed, retrying in %d ms: %s", eventId, wait.toMillis(), e.getMessage());
                pause(wait, e);
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    private boolean firstDelivery(UUID eventId) {
        return entityManager.createNativeQuery("""
                        insert into consumed_event (event_id, consumed_at) values (cast(:id as uuid), now())
                        on conflict (event_id) do nothing""")
                .setParameter("id", eventId.toString())
                .executeUpdate() == 1;
    }

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
}
