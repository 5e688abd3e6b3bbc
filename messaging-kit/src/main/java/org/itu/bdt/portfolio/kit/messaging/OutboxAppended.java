package org.itu.bdt.portfolio.kit.messaging;

/** Fired inside the transaction that wrote an outbox row; observed after its commit to wake the relay. */
public record OutboxAppended() {
}
