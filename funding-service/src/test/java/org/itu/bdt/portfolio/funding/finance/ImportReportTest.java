package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportReportTest {
    private static final List<FieldError> BAD = List.of(new FieldError("amount", "must be positive"));

    @Test
    void anAtomicBatchWithARejectedRowIsRefusedAndItsNewRowsAreSkipped() {
        ImportReport report = new ImportReport(true, List.of(row(1, RowOutcome.CREATED, List.of()),
                row(2, RowOutcome.UNCHANGED, List.of()), row(3, RowOutcome.REJECTED, BAD)));

        assertThat(report.refused()).isTrue();
        assertThat(report.asRefused().rows()).extracting(RowReport::outcome)
                .containsExactly(RowOutcome.SKIPPED, RowOutcome.UNCHANGED, RowOutcome.REJECTED);
        assertThat(report.asRefused().count(RowOutcome.SKIPPED)).isEqualTo(1);
    }

    @Test
    void aNonAtomicBatchKeepsItsGoodRows() {
        ImportReport report = new ImportReport(false, List.of(row(1, RowOutcome.CREATED, List.of()),
                row(2, RowOutcome.REJECTED, BAD)));

        assertThat(report.refused()).isFalse();
    }

    private static RowReport row(int row, RowOutcome outcome, List<FieldError> errors) {
        return new RowReport(row, "FIN-" + row, outcome, errors);
    }
}
