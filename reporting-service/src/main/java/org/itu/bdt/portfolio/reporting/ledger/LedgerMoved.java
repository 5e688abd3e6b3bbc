package org.itu.bdt.portfolio.reporting.ledger;

/**
 * The ledgers moved by {@code difference} in the current transaction. Fired synchronously, so that an observer
 * reads the ledgers as this transaction left them.
 */
public record LedgerMoved(Contribution difference) {
}
