package org.itu.bdt.portfolio.funding.finance;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;

import java.util.List;

/**
 * Financial transactions from ITU's finance systems, imported idempotently by their reference. Each transaction
 * created is in the audit trail under its reference; a replayed or rejected row changes nothing and has no entry.
 */
@ApplicationScoped
public class TransactionService {
    private static final long IMPORT_LOCK = 0x66696E2D7478L;

    private final BatchImport batches;
    private final EntityManager entityManager;
    private final Event<TransactionsRecorded> transactionsRecorded;
    private final AuditTrail audit;

    TransactionService(BatchImport batches, EntityManager entityManager, Event<TransactionsRecorded> transactionsRecorded,
                       AuditTrail audit) {
        this.batches = batches;
        this.entityManager = entityManager;
        this.transactionsRecorded = transactionsRecorded;
        this.audit = audit;
    }

    public ImportReport importBatch(List<TransactionLine> lines, boolean atomic) {
        return batches.run(IMPORT_LOCK, lines, atomic, TransactionLine::reference,
                new TransactionBatch(entityManager, transactionsRecorded, audit));
    }

    /** Sorted by transaction date, then reference. */
    public List<FinancialTransaction> list(String agreementNumber, String projectNumber) {
        FinanceLineFilter filter = FinanceLineFilter.of(agreementNumber, projectNumber);
        return FinancialTransaction.list(filter.query(), Sort.by("transactionDate").and("reference"),
                filter.parameters());
    }

}
