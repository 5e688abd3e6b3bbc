package org.itu.bdt.portfolio.funding.finance;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One batch of transactions: the agreements its rows name and the references already recorded are read in one
 * query each, each row is decided in memory against them (and against the rows before it), and the rows created
 * are inserted in one statement, their events' outbox rows in a second and their audit entries in a third, each in
 * row order. No entity is loaded or persisted: before each native insert Hibernate checks every entity it manages
 * for changes, so a batch of managed rows would cost the square of its size.
 */
final class TransactionBatch implements RowRecorder<TransactionLine> {
    private static final String INSERT = """
            insert into financial_transaction (reference, agreement_number, type_code, transaction_date, currency,
                                               amount, chf_amount, description, recorded_at)
            select reference, agreement_number, type_code, cast(transaction_date as date), currency,
                   cast(amount as numeric), cast(chf_amount as numeric), description, ?
            from unnest(?, ?, ?, ?, ?, ?, ?, ?)
                 as line (reference, agreement_number, type_code, transaction_date, currency, amount, chf_amount,
                          description)""";

    private final EntityManager entityManager;
    private final Event<TransactionsRecorded> transactionsRecorded;
    private final AuditTrail audit;
    private final Map<String, String> projectOfAgreement = new HashMap<>();
    private final Map<String, TransactionTerms> recorded = new HashMap<>();
    private final List<TransactionTerms> created = new ArrayList<>();

    TransactionBatch(EntityManager entityManager, Event<TransactionsRecorded> transactionsRecorded, AuditTrail audit) {
        this.entityManager = entityManager;
        this.transactionsRecorded = transactionsRecorded;
        this.audit = audit;
    }

    @Override
    public void read(List<TransactionLine> lines) {
        List<String> agreements = distinct(lines, TransactionLine::agreementNumber);
        if (!agreements.isEmpty()) {
            entityManager.createQuery("select a.agreementNumber, a.projectNumber from Agreement a"
                            + " where a.agreementNumber in :numbers", Object[].class)
                    .setParameter("numbers", agreements)
                    .getResultList()
                    .forEach(agreement -> projectOfAgreement.put((String) agreement[0], (String) agreement[1]));
        }
        List<String> references = distinct(lines, TransactionLine::reference);
        if (!references.isEmpty()) {
            entityManager.createQuery("""
                            select new org.itu.bdt.portfolio.funding.finance.TransactionTerms(t.reference,
                                   t.agreement.agreementNumber, t.typeCode, t.transactionDate, t.currency, t.amount,
                                   t.chfAmount, t.description)
                            from FinancialTransaction t where t.reference in :references""", TransactionTerms.class)
                    .setParameter("references", references)
                    .getResultList()
                    .forEach(terms -> recorded.put(terms.reference(), terms));
        }
    }

    @Override
    public RowOutcome record(TransactionLine line, LocalDate today) {
        TransactionTerms terms = TransactionTerms.of(line, TransactionTypeCodelist.IATI, today,
                projectOfAgreement::containsKey);
        TransactionTerms was = recorded.get(terms.reference());
        if (was != null) {
            return terms.replayOf(was);
        }
        recorded.put(terms.reference(), terms);
        created.add(terms);
        return RowOutcome.CREATED;
    }

    @Override
    public void store() {
        if (created.isEmpty()) {
            return;
        }
        insert(Instant.now().truncatedTo(ChronoUnit.MICROS));
        transactionsRecorded.fire(new TransactionsRecorded(created.stream()
                .map(terms -> TransactionRecorded.of(terms, projectOfAgreement.get(terms.agreementNumber())))
                .toList()));
        audit.recordAll("financial-transaction", "imported", created.stream()
                .map(terms -> new AuditTrail.Change(terms.reference(), null, terms.content()))
                .toList());
    }

    /** Each column as an array of text, exact as checked (plain decimals, ISO dates), cast back by PostgreSQL. */
    private void insert(Instant recordedAt) {
        List<Function<TransactionTerms, String>> columns = List.of(TransactionTerms::reference,
                TransactionTerms::agreementNumber, TransactionTerms::typeCode,
                terms -> terms.transactionDate().toString(), TransactionTerms::currency,
                terms -> terms.amount().toPlainString(), terms -> terms.chfAmount().toPlainString(),
                TransactionTerms::description);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, recordedAt.atOffset(ZoneOffset.UTC));
                for (int i = 0; i < columns.size(); i++) {
                    insert.setArray(i + 2, connection.createArrayOf("text",
                            created.stream().map(columns.get(i)).toArray()));
                }
                insert.executeUpdate();
            }
        });
    }

    private static List<String> distinct(Collection<TransactionLine> lines, Function<TransactionLine, String> field) {
        return lines.stream().map(field).filter(Objects::nonNull).distinct().toList();
    }
}
