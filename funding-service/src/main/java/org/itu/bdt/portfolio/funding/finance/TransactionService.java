package org.itu.bdt.portfolio.funding.finance;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.itu.bdt.portfolio.funding.agreements.Agreement;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Financial transactions from ITU's finance systems, imported idempotently by their reference. Each transaction
 * created is in the audit trail under its reference; a replayed or rejected row changes nothing and has no entry.
 */
@ApplicationScoped
public class TransactionService {
    private static final long IMPORT_LOCK = 0x66696E2D7478L;

    private final BatchImport batches;
    private final Event<TransactionRecorded> transactionRecorded;
    private final AuditTrail audit;

    TransactionService(BatchImport batches, Event<TransactionRecorded> transactionRecorded, AuditTrail audit) {
        this.batches = batches;
        this.transactionRecorded = transactionRecorded;
        this.audit = audit;
    }

    public ImportReport importBatch(List<TransactionLine> lines, boolean atomic) {
        return batches.run(IMPORT_LOCK, lines, atomic, TransactionLine::reference, this::record);
    }

    private RowOutcome record(TransactionLine line, LocalDate today) {
        TransactionTerms terms = TransactionTerms.of(line, TransactionTypeCodelist.IATI, today,
                number -> Agreement.findById(number) != null);
        Optional<FinancialTransaction> recorded = FinancialTransaction.findByIdOptional(terms.reference());
        if (recorded.isPresent()) {
            return terms.replayOf(recorded.get().terms());
        }
        FinancialTransaction transaction = new FinancialTransaction(terms, Agreement.findById(terms.agreementNumber()),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        transaction.persist();
        this.transactionRecorded.fire(TransactionRecorded.of(transaction));
        audit.record("financial-transaction", terms.reference(), "imported", null, terms.content());
        return RowOutcome.CREATED;
    }

    /** Sorted by transaction date, then reference. */
    public List<FinancialTransaction> list(String agreementNumber, String projectNumber) {
        FinanceLineFilter filter = FinanceLineFilter.of(agreementNumber, projectNumber);
        return FinancialTransaction.list(filter.query(), Sort.by("transactionDate").and("reference"),
                filter.parameters());
    }

}
