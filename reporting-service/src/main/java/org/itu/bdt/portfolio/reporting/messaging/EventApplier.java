package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.kit.messaging.IncomingEvent;

/** Applies one topic's events to the read model: the live consumer and the rebuild's replay go through it. */
interface EventApplier {

    String topic();

    void apply(IncomingEvent event);
}
