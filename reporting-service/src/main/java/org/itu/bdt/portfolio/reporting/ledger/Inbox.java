package org.itu.bdt.portfolio.reporting.ledger;

import java.util.UUID;

/**
 * The ids of the events already applied to the read model. Kept by the consumers' side (messaging); the ledger asks
 * it inside the transaction of its change, after taking the project's lock, so that a redelivery changes nothing.
 */
public interface Inbox {

    /** Records the id; false if it was already recorded, i.e. the event is a redelivery. */
    boolean firstDelivery(UUID eventId);
}
