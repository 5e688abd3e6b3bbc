package org.itu.bdt.portfolio.funding.messaging;

/** Fired inside the writing transaction; observed after its commit to wake the relay. */
public record OutboxWritten() {
}
