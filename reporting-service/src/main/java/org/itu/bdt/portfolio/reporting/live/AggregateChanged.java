package org.itu.bdt.portfolio.reporting.live;

/**
 * An aggregate of the read model changed in the current transaction. Fired as a CDI event by whatever keeps the
 * aggregate; the report stream publishes it to its subscribers once the transaction has committed.
 *
 * @param name the server-sent event's name, e.g. portfolio-by-region
 * @param data what changed, written as JSON
 */
public record AggregateChanged(String name, Object data) {
}
