package org.itu.bdt.portfolio.funding.finance;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.itu.bdt.portfolio.funding.agreements.Agreement;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Year-end balances of funding lines from ITU's finance systems, one per line and year, imported idempotently. Each
 * balance created is in the audit trail under its reference.
 */
@ApplicationScoped
public class BalanceService {
    private static final long IMPORT_LOCK = 0x66696E2D62616CL;

    private final BatchImport batches;
    private final Event<YearEndBalanceRecorded> balanceRecorded;
    private final AuditTrail audit;

    BalanceService(BatchImport batches, Event<YearEndBalanceRecorded> balanceRecorded, AuditTrail audit) {
        this.batches = batches;
        this.balanceRecorded = balanceRecorded;
        this.audit = audit;
    }

    public ImportReport importBatch(List<BalanceLine> lines, boolean atomic) {
        return batches.run(IMPORT_LOCK, lines, atomic, BalanceLine::reference, this::record);
    }

    private RowOutcome record(BalanceLine line, LocalDate today) {
        BalanceTerms terms = BalanceTerms.of(line, today, number -> Agreement.findById(number) != null);
        Optional<YearEndBalance> recorded = YearEndBalance.findByIdOptional(terms.reference());
        if (recorded.isPresent()) {
            return terms.replayOf(recorded.get().terms());
        }
        YearEndBalance.<YearEndBalance>find("agreement.agreementNumber = ?1 and financialYear = ?2",
                terms.agreementNumber(), terms.year()).firstResultOptional().ifPresent(other -> {
                    throw RuleViolationException.onField("year", "agreement " + terms.agreementNumber()
                            + " already has its " + terms.year() + " balance under reference " + other.reference());
                });
        YearEndBalance balance = new YearEndBalance(terms, Agreement.findById(terms.agreementNumber()),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        balance.persist();
        this.balanceRecorded.fire(YearEndBalanceRecorded.of(balance));
        audit.record("year-end-balance", terms.reference(), "imported", null, terms.content());
        return RowOutcome.CREATED;
    }

    /** Sorted by agreement, then year. */
    public List<YearEndBalance> list(String agreementNumber, String projectNumber) {
        FinanceLineFilter filter = FinanceLineFilter.of(agreementNumber, projectNumber);
        return YearEndBalance.list(filter.query(), Sort.by("agreement.agreementNumber").and("financialYear"),
                filter.parameters());
    }

}
