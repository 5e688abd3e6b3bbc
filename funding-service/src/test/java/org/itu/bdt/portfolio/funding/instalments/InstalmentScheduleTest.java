package org.itu.bdt.portfolio.funding.instalments;

import org.itu.bdt.portfolio.funding.agreements.Agreement;
import org.itu.bdt.portfolio.funding.agreements.AgreementAsOfTest;
import org.itu.bdt.portfolio.funding.agreements.AgreementTerms;
import org.itu.bdt.portfolio.funding.agreements.CancellationTerms;
import org.itu.bdt.portfolio.funding.agreements.ContributionType;
import org.itu.bdt.portfolio.funding.agreements.FundingSource;
import org.itu.bdt.portfolio.funding.platform.ConflictException;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.funding.rates.AgreementRate;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class InstalmentScheduleTest {
    private static final LocalDate TODAY = LocalDate.parse("2024-10-15");

    private final Agreement agreement = AgreementAsOfTest.amendedEuroAgreement();

    @Test
    void aScheduleIsOrderedByDueDateAndNumberedAfterItsAgreement() {
        List<Instalment> instalments = empty().replacedBy(List.of(
                terms("2024-09-30", "500.00"), terms("2024-03-31", "400.00"), terms("2025-03-31", "300.00")));

        assertThat(instalments).extracting(Instalment::instalmentId, Instalment::dueOn, Instalment::amount)
                .containsExactly(
                        tuple("7AGR00001-01-I1", date("2024-03-31"), amount("400.00")),
                        tuple("7AGR00001-01-I2", date("2024-09-30"), amount("500.00")),
                        tuple("7AGR00001-01-I3", date("2025-03-31"), amount("300.00")));
    }

    @Test
    void theInstalmentsMayAddUpToTheAgreementsAmountAsLastAmendedButNoMore() {
        assertThat(empty().replacedBy(List.of(terms("2024-03-31", "1200.00")))).hasSize(1);
        assertThatThrownBy(() -> empty().replacedBy(List.of(terms("2024-03-31", "1200.00"),
                terms("2024-04-30", "0.01"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("amount",
                                "the instalments add up to EUR 1200.01, more than the agreement's EUR 1200.00")));
    }

    @Test
    void anInstalmentDueBeforeTheSignatureBreaksARuleNamingItsRow() {
        assertThatThrownBy(() -> empty().replacedBy(List.of(terms("2024-03-31", "1.00"),
                terms("2024-01-09", "1.00"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("[1].dueOn", "must not be before the agreement's signature on 2024-01-10")));
    }

    @Test
    void onlyCashPartnerAgreementsHaveSchedules() {
        Agreement inKind = new Agreement("7AGR00001-02", new AgreementTerms(null, "7AGR00001",
                FundingSource.PARTNER, "EC", "CHF", amount("10.00"), null, date("2024-01-10"), null, null,
                ContributionType.IN_KIND), AgreementRate.CHF);

        assertThatThrownBy(() -> new InstalmentSchedule(inKind, List.of(), List.of())
                .replacedBy(List.of(terms("2024-03-31", "1.00"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("instalments are scheduled for cash PARTNER agreements only; 7AGR00001-02 is IN_KIND "
                        + "from PARTNER");
    }

    @Test
    void paymentsFillTheOldestInstalmentsFirst() {
        InstalmentSchedule schedule = scheduled();
        Payment first = schedule.receive(payment("P-1", "2024-04-02", "300.00"));
        Payment second = schedule.receive(payment("P-2", "2024-10-01", "250.00"));

        assertThat(schedule.balances(TODAY)).extracting(InstalmentBalance::received, InstalmentBalance::outstanding,
                        InstalmentBalance::overdue)
                .containsExactly(
                        tuple(amount("400.00"), amount("0.00"), false),
                        tuple(amount("150.00"), amount("350.00"), true),
                        tuple(amount("0.00"), amount("300.00"), false));
        assertThat(schedule.applicationsOf(first)).extracting(a -> a.instalment().instalmentId(),
                        PaymentApplication::amount)
                .containsExactly(tuple("7AGR00001-01-I1", amount("300.00")));
        assertThat(schedule.applicationsOf(second)).extracting(a -> a.instalment().instalmentId(),
                        PaymentApplication::amount)
                .containsExactly(tuple("7AGR00001-01-I1", amount("100.00")),
                        tuple("7AGR00001-01-I2", amount("150.00")));
        assertThat(schedule.outstanding()).isEqualByComparingTo("650.00");
    }

    @Test
    void anInstalmentIsOverdueOnlyOnceItsDueDateHasPassed() {
        assertThat(scheduled().balances(date("2024-03-31"))).extracting(InstalmentBalance::overdue)
                .containsExactly(false, false, false);
        assertThat(scheduled().balances(date("2024-04-01"))).extracting(InstalmentBalance::overdue)
                .containsExactly(true, false, false);
    }

    @Test
    void theInstalmentsOfACancelledAgreementAreNoLongerDue() {
        InstalmentSchedule schedule = scheduled();
        agreement.cancel(new CancellationTerms(date("2024-05-01"), "partner withdrew"));

        assertThat(schedule.balances(TODAY)).hasSize(3).noneMatch(InstalmentBalance::overdue)
                .noneMatch(InstalmentBalance::isOpen);
        assertThatThrownBy(() -> schedule.receive(payment("P-1", "2024-04-02", "1.00")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("agreement 7AGR00001-01 was cancelled on 2024-05-01 and cannot be paid");
    }

    @Test
    void aPaymentMayNotExceedWhatIsOutstandingNorBeDatedInTheFuture() {
        InstalmentSchedule schedule = scheduled();
        schedule.receive(payment("P-1", "2024-04-02", "1000.00"));

        assertThatThrownBy(() -> schedule.receive(payment("P-2", "2024-04-03", "200.01")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("amount", "exceeds the EUR 200.00 outstanding on agreement 7AGR00001-01")));
        assertThatThrownBy(() -> schedule.receive(new PaymentTerms("P-3", LocalDate.now().plusDays(1),
                amount("1.00"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("receivedOn", "must not be in the future")));
        assertThat(schedule.payments()).extracting(Payment::reference).containsExactly("P-1");
    }

    @Test
    void aScheduleWithPaymentsCannotBeReplaced() {
        InstalmentSchedule schedule = scheduled();
        schedule.receive(payment("P-1", "2024-04-02", "0.01"));

        assertThatThrownBy(() -> schedule.replacedBy(List.of(terms("2024-03-31", "1.00"))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("agreement 7AGR00001-01 has received EUR 0.01 against its schedule, which can no longer "
                        + "be replaced");
    }

    /** 400.00 due 2024-03-31, 500.00 due 2024-09-30, 300.00 due 2025-03-31. */
    private InstalmentSchedule scheduled() {
        return new InstalmentSchedule(agreement, empty().replacedBy(List.of(terms("2024-03-31", "400.00"),
                terms("2024-09-30", "500.00"), terms("2025-03-31", "300.00"))), List.of());
    }

    private InstalmentSchedule empty() {
        return new InstalmentSchedule(agreement, List.of(), List.of());
    }

    private static InstalmentTerms terms(String dueOn, String amount) {
        return new InstalmentTerms(date(dueOn), amount(amount));
    }

    private static PaymentTerms payment(String reference, String receivedOn, String amount) {
        return new PaymentTerms(reference, date(receivedOn), amount(amount));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static BigDecimal amount(String amount) {
        return new BigDecimal(amount);
    }
}
