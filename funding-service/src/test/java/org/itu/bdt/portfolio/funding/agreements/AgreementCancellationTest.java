package org.itu.bdt.portfolio.funding.agreements;

import org.itu.bdt.portfolio.funding.platform.ConflictException;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementCancellationTest {
    private final Agreement agreement = AgreementAsOfTest.amendedEuroAgreement();

    @Test
    void anAgreementMayBeCancelledFromItsSignatureDayOn() {
        agreement.cancel(new CancellationTerms(LocalDate.parse("2024-01-10"), "signed in error"));

        assertThat(agreement.cancelledOn()).contains(LocalDate.parse("2024-01-10"));
        assertThat(agreement.cancellationReason()).isEqualTo("signed in error");
    }

    @Test
    void aCancellationBeforeTheSignatureBreaksARule() {
        assertThatThrownBy(() -> agreement.cancel(new CancellationTerms(LocalDate.parse("2024-01-09"), "early")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("cancelledOn", "must not be before the agreement's signature on 2024-01-10")));
        assertThat(agreement.cancelledOn()).isEmpty();
    }

    @Test
    void aCancellationInTheFutureBreaksARule() {
        assertThatThrownBy(() -> agreement.cancel(new CancellationTerms(LocalDate.now().plusDays(1), "planned")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("cancelledOn", "must not be in the future")));
    }

    @Test
    void aCancelledAgreementCanNeitherBeCancelledAgainNorAmended() {
        agreement.cancel(new CancellationTerms(LocalDate.parse("2024-09-30"), "partner withdrew"));

        assertThatThrownBy(() -> agreement.cancel(new CancellationTerms(LocalDate.parse("2024-10-01"), "again")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("agreement 7AGR00001-01 was cancelled on 2024-09-30 and cannot be cancelled again");
        assertThatThrownBy(() -> agreement.amend("A-2", new AmendmentTerms(null, LocalDate.parse("2024-10-01"),
                new BigDecimal("1.00"), new BigDecimal("1.00"), "too late")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("agreement 7AGR00001-01 was cancelled on 2024-09-30 and cannot be amended");
        assertThat(agreement.cancelledOn()).contains(LocalDate.parse("2024-09-30"));
        assertThat(agreement.amendments()).hasSize(1);
    }
}
