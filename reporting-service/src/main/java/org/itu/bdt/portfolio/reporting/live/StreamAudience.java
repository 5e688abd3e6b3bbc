package org.itu.bdt.portfolio.reporting.live;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many clients listen to the report stream. Announcing a change costs a read of the figures today, on the
 * consumer's path: without listeners it is skipped. A count that stays too high only costs that read.
 */
@ApplicationScoped
public class StreamAudience {

    private final AtomicInteger listeners = new AtomicInteger();

    public void joined() {
        listeners.incrementAndGet();
    }

    public void left() {
        listeners.updateAndGet(count -> Math.max(0, count - 1));
    }

    public boolean isEmpty() {
        return listeners.get() == 0;
    }
}
