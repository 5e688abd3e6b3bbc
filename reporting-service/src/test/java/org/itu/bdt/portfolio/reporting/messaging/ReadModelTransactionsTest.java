package org.itu.bdt.portfolio.reporting.messaging;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelTransactionsTest {

    @Test
    void aMalformedEventIsAPermanentFailure() {
        assertThat(ReadModelTransactions.isPermanent(new MalformedEventException("missing header ce_id"))).isTrue();
    }

    @Test
    void anIntegrityOrDataErrorIsPermanentEvenWhenWrapped() {
        RuntimeException duplicate = new RuntimeException(new SQLException("duplicate key", "23505"));
        RuntimeException overflow = new RuntimeException(new SQLException("numeric field overflow", "22003"));

        assertThat(ReadModelTransactions.isPermanent(duplicate)).isTrue();
        assertThat(ReadModelTransactions.isPermanent(overflow)).isTrue();
    }

    @Test
    void aLostConnectionAShutdownOrADeadlockIsWorthAnotherTry() {
        assertThat(ReadModelTransactions.isPermanent(new RuntimeException(new SQLException("gone", "08006"))))
                .isFalse();
        assertThat(ReadModelTransactions.isPermanent(new RuntimeException(new SQLException("bye", "57P01")))).isFalse();
        assertThat(ReadModelTransactions.isPermanent(new RuntimeException(new SQLException("deadlock", "40P01"))))
                .isFalse();
        assertThat(ReadModelTransactions.isPermanent(new IllegalStateException("no cause"))).isFalse();
    }
}
