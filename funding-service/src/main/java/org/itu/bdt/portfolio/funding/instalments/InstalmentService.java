package org.itu.bdt.portfolio.funding.instalments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.funding.agreements.Agreement;
import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.partners.Partner;
import org.itu.bdt.portfolio.funding.platform.ConflictException;
import org.itu.bdt.portfolio.funding.platform.NotFoundException;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;
import org.itu.bdt.portfolio.kit.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Instalment schedules of partner agreements and the payments against them. A replaced schedule and a payment
 * recorded are in the audit trail (the schedule under its agreement's number, a payment under its reference). A
 * partner's portal reads those of its own agreements only: another partner's answer as if they did not exist.
 */
@ApplicationScoped
public class InstalmentService {
    private static final Comparator<InstalmentBalance> DUE_ORDER = Comparator
            .comparing((InstalmentBalance balance) -> balance.instalment().dueOn())
            .thenComparing(balance -> balance.instalment().instalmentId());

    private final Event<InstalmentReceived> received;
    private final EntityManager entityManager;
    private final Caller caller;
    private final AuditTrail audit;

    InstalmentService(Event<InstalmentReceived> received, EntityManager entityManager, Caller caller,
                      AuditTrail audit) {
        this.received = received;
        this.entityManager = entityManager;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public InstalmentSchedule replace(String agreementNumber, List<InstalmentTerms> schedule) {
        InstalmentTerms.requireWellFormed(schedule);
        Agreement agreement = locked(agreementNumber);
        InstalmentSchedule replaced = scheduleOf(agreement);
        List<Instalment> instalments = replaced.replacedBy(schedule);
        List<Due> before = Due.of(replaced.instalments());
        replaced.instalments().forEach(Instalment::delete);
        entityManager.flush();
        Instalment.persist(instalments);
        entityManager.flush();
        audit.record("instalment-schedule", agreementNumber, "replaced", before, Due.of(instalments));
        return new InstalmentSchedule(agreement, instalments, List.of());
    }

    public InstalmentSchedule schedule(String agreementNumber) {
        return scheduleOf(Agreement.<Agreement>findByIdOptional(agreementNumber)
                .filter(agreement -> caller.sees(agreement.partnerId()))
                .orElseThrow(() -> new NotFoundException("no agreement " + agreementNumber)));
    }

    /** A reference already recorded answers with its first result, whatever has happened since. */
    @Transactional
    public PaymentReceipt receive(String agreementNumber, PaymentTerms terms) {
        Agreement agreement = locked(agreementNumber);
        Payment known = Payment.findById(terms.reference());
        if (known != null) {
            return replay(agreement, known, terms);
        }
        InstalmentSchedule schedule = scheduleOf(agreement);
        Payment payment = schedule.receive(terms);
        payment.persistAndFlush();
        received.fire(new InstalmentReceived(agreement.agreementNumber(), agreement.projectNumber(),
                agreement.partnerId(), payment.reference(), payment.receivedOn(),
                Money.of(payment.amount(), agreement.currency()), payment.chf()));
        audit.record("payment", payment.reference(), "received", null, Received.of(agreement, payment));
        return new PaymentReceipt(agreement, payment, schedule.applicationsOf(payment), false);
    }

    /** Every instalment of the partner's agreements that the filter keeps, by due date. */
    public List<InstalmentBalance> ofPartner(String partnerId, Predicate<InstalmentBalance> filter) {
        if (!caller.sees(partnerId) || Partner.findByIdOptional(partnerId).isEmpty()) {
            throw new NotFoundException("no partner " + partnerId);
        }
        Map<String, Agreement> agreements = Agreement.<Agreement>list("partnerId", partnerId).stream()
                .collect(Collectors.toMap(Agreement::agreementNumber, agreement -> agreement));
        if (agreements.isEmpty()) {
            return List.of();
        }
        Map<String, List<Instalment>> instalments = Instalment.ofAgreements(agreements.keySet()).stream()
                .collect(Collectors.groupingBy(Instalment::agreementNumber));
        Map<String, List<Payment>> payments = Payment.ofAgreements(agreements.keySet()).stream()
                .collect(Collectors.groupingBy(Payment::agreementNumber));
        LocalDate today = LocalDate.now();
        return instalments.entrySet().stream()
                .map(entry -> new InstalmentSchedule(agreements.get(entry.getKey()), entry.getValue(),
                        payments.getOrDefault(entry.getKey(), List.of())))
                .flatMap(schedule -> schedule.balances(today).stream())
                .filter(filter)
                .sorted(DUE_ORDER)
                .toList();
    }

    /** A reference recorded for another agreement is not told which: it may be another partner's. */
    private PaymentReceipt replay(Agreement agreement, Payment known, PaymentTerms terms) {
        if (!known.agreementNumber().equals(agreement.agreementNumber())) {
            throw new ConflictException("reference " + known.reference()
                    + " already records a payment for another agreement");
        }
        if (!known.sameAs(terms)) {
            throw new ConflictException("reference " + known.reference() + " already records a payment of "
                    + known.amount().toPlainString() + " received on " + known.receivedOn());
        }
        return new PaymentReceipt(agreement, known, scheduleOf(agreement).applicationsOf(known), true);
    }

    private static Agreement locked(String agreementNumber) {
        return Agreement.<Agreement>findByIdOptional(agreementNumber, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("no agreement " + agreementNumber));
    }

    private static InstalmentSchedule scheduleOf(Agreement agreement) {
        return new InstalmentSchedule(agreement, Instalment.ofAgreement(agreement.agreementNumber()),
                Payment.ofAgreement(agreement.agreementNumber()));
    }

    /** An instalment as the audit trail keeps it, in the agreement's currency. */
    record Due(String instalmentId, LocalDate dueOn, BigDecimal amount) {
        static List<Due> of(List<Instalment> instalments) {
            return instalments.stream()
                    .map(instalment -> new Due(instalment.instalmentId(), instalment.dueOn(), instalment.amount()))
                    .toList();
        }
    }

    /** A payment as the audit trail keeps it. */
    record Received(String agreementNumber, LocalDate receivedOn, String currency, BigDecimal amount,
                    BigDecimal chfAmount) {
        static Received of(Agreement agreement, Payment payment) {
            return new Received(agreement.agreementNumber(), payment.receivedOn(), agreement.currency(),
                    payment.amount(), payment.chf().amount());
        }
    }
}
