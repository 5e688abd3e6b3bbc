package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.kit.messaging.IncomingEvent;
import org.itu.bdt.portfolio.reporting.ledger.ReadModelChange;

/**
 * Decodes one topic's events into read-model changes: the live consumer and the rebuild's replay both apply them in
 * batches ({@link ReadModelBatches}).
 */
interface EventApplier {

    String topic();

    /** Throws {@link org.itu.bdt.portfolio.kit.messaging.MalformedEventException} for an event it cannot read. */
    ReadModelChange changeOf(IncomingEvent event);
}
