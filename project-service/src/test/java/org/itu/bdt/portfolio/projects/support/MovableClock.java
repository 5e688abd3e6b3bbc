package org.itu.bdt.portfolio.projects.support;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** Replaces the system clock in every @QuarkusTest: a test sets "today" with {@link #setToday}; {@link #reset} undoes it. */
@Mock
@ApplicationScoped
public class MovableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void setToday(LocalDate today) {
        fixed.set(today.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant instant = fixed.get();
        return instant != null ? instant : Instant.now();
    }
}
