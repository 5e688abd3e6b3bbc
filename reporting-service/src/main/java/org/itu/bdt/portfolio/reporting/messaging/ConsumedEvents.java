package org.itu.bdt.portfolio.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.itu.bdt.portfolio.reporting.ledger.Inbox;

import java.util.UUID;

/** Event ids already applied, written in the transaction of their read-model change. */
@ApplicationScoped
class ConsumedEvents implements Inbox {

    private final EntityManager entityManager;

    ConsumedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean firstDelivery(UUID eventId) {
        return entityManager.createNativeQuery("""
                        insert into consumed_event (event_id, consumed_at) values (cast(:id as uuid), now())
                        on conflict (event_id) do nothing""")
                .setParameter("id", eventId.toString())
                .executeUpdate() == 1;
    }
}
