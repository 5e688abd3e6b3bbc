package org.itu.bdt.portfolio.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.reporting.ledger.Inbox;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The ledger's inbox, kept by the kit's: event ids already applied, written in the transaction of their read-model
 * change. The ledger asks it after taking the locks of a batch's projects.
 */
@ApplicationScoped
class ConsumedEvents implements Inbox {

    private final org.itu.bdt.portfolio.kit.messaging.Inbox inbox;

    ConsumedEvents(org.itu.bdt.portfolio.kit.messaging.Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public Set<UUID> firstDeliveries(Collection<UUID> eventIds) {
        return inbox.firstDeliveries(eventIds);
    }
}
