package org.itu.bdt.portfolio.projects.messaging;

/** Fired when a transaction wrote an outbox row, so the relay can run as soon as it commits. */
public record OutboxAppended() {
}
