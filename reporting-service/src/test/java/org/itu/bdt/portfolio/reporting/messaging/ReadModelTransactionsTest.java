package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.kit.messaging.MalformedEventException;
import org.itu.bdt.portfolio.kit.messaging.TransientFailureRetry;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the read model's transactions retry (the kit's policy) and what they dead-letter at once. */
class ReadModelTransactionsTest {

    @Test
    void aMalformedEventIsAPermanentFailure() {
        assertThat(TransientFailureRetry.isPermanent(new MalformedEventException("missing header ce_id"))).isTrue();
    }

    @Test
    void anIntegrityOrDataErrorIsPermanentEvenWhenWrapped() {
        RuntimeException duplicate = new RuntimeException(new SQLException("duplicate key", "23505"));
        RuntimeException overflow = new RuntimeException(new SQLException("numeric field overflow", "22003"));

        assertThat(TransientFailureRetry.isPermanent(duplicate)).isTrue();
        assertThat(TransientFailureRetry.isPermanent(overflow)).isTrue();
    }

    @Test
    void aLostConnectionAShutdownOrADeadlockIsWorthAnotherTry() {
        assertThat(TransientFailureRetry.isPermanent(new RuntimeException(new SQLException("gone", "08006"))))
                .isFalse();
        assertThat(TransientFailureRetry.isPermanent(new RuntimeException(new SQLException("bye", "57P01")))).isFalse();
        assertThat(TransientFailureRetry.isPermanent(new RuntimeException(new SQLException("deadlock", "40P01"))))
                .isFalse();
        assertThat(TransientFailureRetry.isPermanent(new IllegalStateException("no cause"))).isFalse();
    }
}
