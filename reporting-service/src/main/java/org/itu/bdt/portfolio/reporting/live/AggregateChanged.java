package org.itu.bdt.portfolio.reporting.live;

import java.util.Optional;

/**
 * An aggregate of the read model changed in the current transaction. Fired as a CDI event by whatever keeps the
 * aggregate; the report stream publishes it to its subscribers once the transaction has committed.
 *
 * @param name    the server-sent event's name, e.g. portfolio-by-region
 * @param data    what changed, written as JSON
 * @param partner the one partner the change concerns, whose portal receives it too; empty for figures of several
 *                partners or of none (a region, a status, the ICT-DF), which only internal subscribers receive
 */
public record AggregateChanged(String name, Object data, Optional<String> partner) {

    /** A change that concerns no single partner. */
    public AggregateChanged(String name, Object data) {
        this(name, data, Optional.empty());
    }
}
