package org.itu.bdt.portfolio.kit.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The ids of consumed events, recorded in the transaction of the change they caused: a redelivered event (Kafka
 * delivers at least once) finds its id and changes nothing. Each service's migration creates consumed_event.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final TransientFailureRetry retry;

    Inbox(EntityManager entityManager, TransientFailureRetry retry) {
        this.entityManager = entityManager;
        this.retry = retry;
    }

    /** Records the id in the caller's transaction; false if it was already there, i.e. a redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId) {
        return entityManager.createNativeQuery("""
                        insert into consumed_event (event_id, consumed_at) values (cast(:id as uuid), now())
                        on conflict (event_id) do nothing""")
                .setParameter("id", eventId.toString())
                .executeUpdate() == 1;
    }

    /**
     * Records every id in the caller's transaction with one statement and returns those seen for the first time: a
     * consumer applying a batch of events asks once instead of once per event. An id given twice is returned once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> recorded = entityManager.createNativeQuery("""
                        insert into consumed_event (event_id, consumed_at)
                        select cast(id as uuid), now() from unnest(cast(:ids as text[])) id
                        on conflict (event_id) do nothing
                        returning cast(event_id as text)""")
                .setParameter("ids", eventIds.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        return recorded.stream().map(id -> UUID.fromString((String) id)).collect(Collectors.toSet());
    }

    /** Runs the change once per event id, each attempt in a new transaction, retrying transient failures. */
    public void applyOnce(UUID eventId, Runnable change) {
        retry.runUntilDone(() -> QuarkusTransaction.requiringNew().run(() -> {
            if (firstDelivery(eventId)) {
                change.run();
            }
        }));
    }
}
