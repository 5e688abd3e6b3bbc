package org.itu.bdt.portfolio.kit.messaging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransientFailureRetryTest {

    private final TransientFailureRetry retry = new TransientFailureRetry(Duration.ofMillis(1), Duration.ofMillis(4));
    private final AtomicInteger attempts = new AtomicInteger();

    @AfterEach
    void clearInterruption() {
        Thread.interrupted();
    }

    @Test
    void aTransientFailureIsRetriedUntilTheAttemptSucceeds() {
        retry.runUntilDone(() -> {
            if (attempts.incrementAndGet() < 4) {
                throw new IllegalStateException("connection refused", new SQLException("refused", "08001"));
            }
        });

        assertThat(attempts).hasValue(4);
    }

    @Test
    void anEventBeingRetriedIsReportedAsWaitingWithItsLastFailureUntilItIsApplied() {
        assertThat(retry.longestWaiting()).isEmpty();
        retry.runUntilDone(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException(new SQLException("connection refused", "08001"));
            }
            assertThat(retry.longestWaiting()).hasValueSatisfying(waiting ->
                    assertThat(waiting.lastFailure()).isEqualTo("connection refused"));
        });

        assertThat(attempts).hasValue(2);
        assertThat(retry.longestWaiting()).isEmpty();
    }

    @Test
    void aMalformedEventAnywhereInTheCauseChainIsRethrownAtOnce() {
        assertTriedOnceAndRethrown(new IllegalStateException(new MalformedEventException("no agreementNumber")));
    }

    @Test
    void anIntegrityViolationIsRethrownAtOnce() {
        assertTriedOnceAndRethrown(new RuntimeException(new SQLException("duplicate key", "23505")));
    }

    @Test
    void aDataErrorIsPermanentAndADeadlockIsNot() {
        assertThat(TransientFailureRetry.isPermanent(new RuntimeException(new SQLException("bad", "22003")))).isTrue();
        assertThat(TransientFailureRetry.isPermanent(new RuntimeException(new SQLException("deadlock", "40P01"))))
                .isFalse();
        assertThat(TransientFailureRetry.isPermanent(new RuntimeException("no state"))).isFalse();
    }

    @Test
    void anInterruptionEndsTheRetriesWithTheLastFailure() {
        var failure = new IllegalStateException("database down");
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> retry.runUntilDone(() -> {
            attempts.incrementAndGet();
            throw failure;
        })).isSameAs(failure);
        assertThat(attempts).hasValue(1);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void onceTheApplicationStopsAFailedAttemptIsNotTriedAgain() {
        retry.stop();

        assertTriedOnceAndRethrown(new IllegalStateException("EntityManagerFactory is closed"));
    }

    @Test
    void anAttemptThatSucceedsWhileTheApplicationStopsIsDone() {
        retry.stop();

        retry.runUntilDone(attempts::incrementAndGet);

        assertThat(attempts).hasValue(1);
    }

    private void assertTriedOnceAndRethrown(RuntimeException failure) {
        assertThatThrownBy(() -> retry.runUntilDone(() -> {
            attempts.incrementAndGet();
            throw failure;
        })).isSameAs(failure);
        assertThat(attempts).hasValue(1);
    }
}
