package org.itu.bdt.portfolio.reporting.ledger;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of the events already applied to the read model. Kept by the consumers' side (messaging); the ledger asks
 * it inside the transaction of its change, after taking the project's lock, so that a redelivery changes nothing.
 */
public interface Inbox {

    /** Records the ids; returns those not recorded before (the others are redeliveries), each once. */
    Set<UUID> firstDeliveries(Collection<UUID> eventIds);
}
