package org.itu.bdt.portfolio.projects.support;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class MovableClockTest {

    @Inject
    Clock clock;
    @Inject
    MovableClock movableClock;

    @AfterEach
    void resetClock() {
        movableClock.reset();
    }

    @Test
    void theApplicationsClockIsTheOneTestsMove() {
        movableClock.setToday(LocalDate.of(2031, 2, 28));

        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2031, 2, 28));
    }

    @Test
    void aResetClockTellsTheRealDate() {
        movableClock.setToday(LocalDate.of(2031, 2, 28));
        movableClock.reset();

        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now());
    }
}
