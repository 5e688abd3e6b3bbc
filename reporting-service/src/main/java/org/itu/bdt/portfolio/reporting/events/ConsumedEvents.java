package org.itu.bdt.portfolio.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/** Event ids already applied, written in the transaction of their read-model change. */
@ApplicationScoped
class ConsumedEvents {

    private final EntityManager entityManager;

    ConsumedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the id; false if it was already recorded, i.e. the event is a redelivery. */
    boolean firstDelivery(UUID eventId) {
        return entityManager.createNativeQuery("""
                        insert into consumed_event (event_id, consumed_at) values (cast(:id as uuid), now())
                        on conflict (event_id) do nothing""")
                .setParameter("id", eventId.toString())
                .executeUpdate() == 1;
    }
}
