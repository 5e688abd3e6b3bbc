package org.itu.bdt.portfolio.funding.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a batch from the finance systems in one transaction, row by row: a row's outcome is decided against what is
 * stored, including the rows before it in the same batch, so the same row twice is created once and then
 * unchanged, and a replayed batch changes nothing. An atomic batch with a rejected row is rolled back whole.
 */
@ApplicationScoped
public class BatchImport {
    public static final int MAX_ROWS = 10_000;
    /** ITU keeps its books in Geneva: "today" is Geneva's. */
    static final ZoneId BOOKS = ZoneId.of("Europe/Zurich");

    private final EntityManager entityManager;

    BatchImport(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The lock serializes batches of one kind, so two batches never both create the same reference. */
    @Transactional
    <L> ImportReport run(long lock, List<L> lines, boolean atomic, Function<L, String> referenceOf,
                         RowRecorder<L> recorder) {
        if (lines.isEmpty() || lines.size() > MAX_ROWS) {
            throw new InvalidRequestException(List.of(new FieldError("body", "must hold 1 to " + MAX_ROWS + " rows")));
        }
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:lock)")
                .setParameter("lock", lock)
                .getSingleResult();
        recorder.read(lines);
        LocalDate today = LocalDate.now(BOOKS);
        List<RowReport> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(recordRow(i + 1, lines.get(i), today, referenceOf.apply(lines.get(i)), recorder));
            // before each native insert (an event's outbox row, an audit entry) Hibernate checks every entity it
            // manages: a session holding the batch's rows so far would make a batch cost the square of its size
            entityManager.flush();
            entityManager.clear();
        }
        ImportReport report = new ImportReport(atomic, rows);
        if (report.refused()) {
            throw new ImportRefusedException(report.asRefused());
        }
        recorder.store();
        return report;
    }

    private static <L> RowReport recordRow(int row, L line, LocalDate today, String reference,
                                           RowRecorder<L> recorder) {
        try {
            return new RowReport(row, reference, recorder.record(line, today), List.of());
        } catch (InvalidRequestException e) {
            return new RowReport(row, reference, RowOutcome.REJECTED, e.errors());
        } catch (RuleViolationException e) {
            return new RowReport(row, reference, RowOutcome.REJECTED, e.errors());
        }
    }
}
