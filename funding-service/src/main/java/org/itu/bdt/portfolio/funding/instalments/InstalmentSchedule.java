package org.itu.bdt.portfolio.funding.instalments;

import org.itu.bdt.portfolio.funding.agreements.Agreement;
import org.itu.bdt.portfolio.funding.agreements.ContributionType;
import org.itu.bdt.portfolio.funding.agreements.FundingSource;
import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.ConflictException;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A partner agreement's instalments and the payments received against them. Payments fill the instalments in
 * due-date order, oldest first, so what each instalment received follows from the total received alone, and the
 * schedule cannot be replaced once anything is received: the payments' history stays true.
 */
public final class InstalmentSchedule {
    private final Agreement agreement;
    private final List<Instalment> instalments;
    private final List<Payment> payments;

    /** Both lists in sequence order. */
    public InstalmentSchedule(Agreement agreement, List<Instalment> instalments, List<Payment> payments) {
        this.agreement = agreement;
        this.instalments = List.copyOf(instalments);
        this.payments = new ArrayList<>(payments);
    }

    /** The instalments that replace this schedule's; nothing may have been received against it. */
    List<Instalment> replacedBy(List<InstalmentTerms> schedule) {
        requireCashPartnerAgreement();
        agreement.refuseIfCancelled("given a new schedule");
        if (received().signum() > 0) {
            throw new ConflictException("agreement " + agreement.agreementNumber() + " has received "
                    + money(received()) + " against its schedule, which can no longer be replaced");
        }
        requireWithinAgreement(schedule);
        List<InstalmentTerms> byDueDate = schedule.stream()
                .sorted(Comparator.comparing(InstalmentTerms::dueOn))
                .toList();
        return IntStream.range(0, byDueDate.size())
                .mapToObj(i -> new Instalment(agreement.agreementNumber(), i + 1, byDueDate.get(i).dueOn(),
                        byDueDate.get(i).amount()))
                .toList();
    }

    /** Records a payment against the oldest open instalments; it may not exceed what is outstanding. */
    Payment receive(PaymentTerms terms) {
        agreement.refuseIfCancelled("paid");
        if (terms.receivedOn().isAfter(LocalDate.now())) {
            throw RuleViolationException.onField("receivedOn", "must not be in the future");
        }
        if (terms.amount().compareTo(outstanding()) > 0) {
            throw RuleViolationException.onField("amount", "exceeds the " + money(outstanding())
                    + " outstanding on agreement " + agreement.agreementNumber());
        }
        Payment payment = new Payment(terms.reference(), agreement.agreementNumber(), payments.size() + 1,
                terms.receivedOn(), terms.amount(), agreement.chfOf(terms.amount()));
        payments.add(payment);
        return payment;
    }

    public List<InstalmentBalance> balances(LocalDate today) {
        boolean due = agreement.cancelledOn().isEmpty();
        BigDecimal unapplied = received();
        List<InstalmentBalance> balances = new ArrayList<>();
        for (Instalment instalment : instalments) {
            BigDecimal received = unapplied.min(instalment.amount());
            unapplied = unapplied.subtract(received);
            BigDecimal outstanding = instalment.amount().subtract(received);
            balances.add(new InstalmentBalance(agreement, instalment, received, outstanding,
                    due && outstanding.signum() > 0 && instalment.dueOn().isBefore(today)));
        }
        return balances;
    }

    /** The instalments a payment filled: its share of the running total, laid over the instalments' shares. */
    public List<PaymentApplication> applicationsOf(Payment payment) {
        BigDecimal paymentStart = payments.stream()
                .filter(earlier -> earlier.sequence() < payment.sequence())
                .map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paymentEnd = paymentStart.add(payment.amount());
        List<PaymentApplication> applications = new ArrayList<>();
        BigDecimal instalmentStart = BigDecimal.ZERO;
        for (Instalment instalment : instalments) {
            BigDecimal instalmentEnd = instalmentStart.add(instalment.amount());
            BigDecimal overlap = instalmentEnd.min(paymentEnd).subtract(instalmentStart.max(paymentStart));
            if (overlap.signum() > 0) {
                applications.add(new PaymentApplication(instalment, overlap));
            }
            instalmentStart = instalmentEnd;
        }
        return applications;
    }

    public Agreement agreement() {
        return agreement;
    }

    List<Instalment> instalments() {
        return instalments;
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }

    public BigDecimal scheduled() {
        return instalments.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal received() {
        return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal outstanding() {
        return scheduled().subtract(received());
    }

    private void requireCashPartnerAgreement() {
        if (agreement.fundingSource() != FundingSource.PARTNER || agreement.contribution() != ContributionType.CASH) {
            throw new RuleViolationException("instalments are scheduled for cash PARTNER agreements only; "
                    + agreement.agreementNumber() + " is " + agreement.contribution() + " from "
                    + agreement.fundingSource(), List.of());
        }
    }

    /** Due dates from the signature on; the total within the agreement's amount as last amended. */
    private void requireWithinAgreement(List<InstalmentTerms> schedule) {
        List<FieldError> errors = new ArrayList<>();
        for (int row = 0; row < schedule.size(); row++) {
            if (schedule.get(row).dueOn().isBefore(agreement.signedOn())) {
                errors.add(new FieldError("[" + row + "].dueOn",
                        "must not be before the agreement's signature on " + agreement.signedOn()));
            }
        }
        BigDecimal total = schedule.stream().map(InstalmentTerms::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Money agreed = agreement.currentOriginal();
        if (total.compareTo(agreed.amount()) > 0) {
            errors.add(new FieldError("amount", "the instalments add up to " + money(total)
                    + ", more than the agreement's " + agreed.currency().getCurrencyCode() + " " + agreed.plain()));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("the schedule does not fit agreement " + agreement.agreementNumber(),
                    errors);
        }
    }

    private String money(BigDecimal amount) {
        return agreement.currency() + " " + Money.of(amount, agreement.currency()).plain();
    }
}
