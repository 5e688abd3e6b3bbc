package org.itu.bdt.portfolio.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.reporting.ledger.Inbox;

import java.util.UUID;

/**
 * The ledger's inbox, kept by the kit's: event ids already applied, written in the transaction of their read-model
 * change. The ledger asks it after taking the project's lock.
 */
@ApplicationScoped
class ConsumedEvents implements Inbox {

    private final org.itu.bdt.portfolio.kit.messaging.Inbox inbox;

    ConsumedEvents(org.itu.bdt.portfolio.kit.messaging.Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public boolean firstDelivery(UUID eventId) {
        return inbox.firstDelivery(eventId);
    }
}
