package org.itu.bdt.portfolio.funding.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTest {

    @Test
    void theFirstGeneratedNumberOfAProjectIsZeroOne() {
        assertThat(Agreement.nextNumber("7BTN23069", List.of(), number -> false)).isEqualTo("7BTN23069-01");
    }

    @Test
    void aGeneratedNumberFollowsTheHighestOfTheProject() {
        List<String> existing = List.of("7BTN23069-01", "7BTN23069-07", "7BTN23069-SPECIAL", "7BTN23069-02");

        assertThat(Agreement.nextNumber("7BTN23069", existing, number -> false)).isEqualTo("7BTN23069-08");
    }

    @Test
    void aGeneratedNumberSkipsNumbersTakenByOtherProjects() {
        Set<String> taken = Set.of("7BTN23069-03");

        assertThat(Agreement.nextNumber("7BTN23069", List.of("7BTN23069-02"), taken::contains))
                .isEqualTo("7BTN23069-04");
    }

    @Test
    void theHundredthAgreementGetsThreeDigits() {
        assertThat(Agreement.nextNumber("7BTN23069", List.of("7BTN23069-99"), number -> false))
                .isEqualTo("7BTN23069-100");
    }

    @Test
    void anAmendmentReplacesTheAmountsInForce() {
        Agreement agreement = euroAgreement();

        agreement.amend("A-1", amendment("2024-06-01", "1200.00", "1130.50"));
        agreement.amend("A-2", amendment("2024-03-01", "1100.00", "1040.00"));

        assertThat(agreement.currentOriginal()).isEqualTo(Money.of(new BigDecimal("1200.00"), "EUR"));
        assertThat(agreement.currentChf()).isEqualTo(Money.chf(new BigDecimal("1130.50")));
        assertThat(agreement.original()).isEqualTo(Money.of(new BigDecimal("1000.00"), "EUR"));
        assertThat(agreement.nextAmendmentId(id -> false)).isEqualTo("7TST00001-01-A3");
    }

    @Test
    void anUnamendedAgreementIsInForceAsSigned() {
        Agreement agreement = euroAgreement();

        assertThat(agreement.currentChf()).isEqualTo(Money.chf(new BigDecimal("950.00")));
        assertThat(agreement.nextAmendmentId(id -> false)).isEqualTo("7TST00001-01-A1");
        assertThat(agreement.nextAmendmentId("7TST00001-01-A1"::equals)).isEqualTo("7TST00001-01-A2");
    }

    @Test
    void anAmendmentMayTakeEffectOnTheSignatureDayButNotBefore() {
        Agreement agreement = euroAgreement();

        agreement.amend("A-1", amendment("2024-01-10", "1.00", "1.00"));
        assertThatThrownBy(() -> agreement.amend("A-2", amendment("2024-01-09", "1.00", "1.00")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("effectiveOn", "must not be before the agreement's signature on 2024-01-10")));
        assertThat(agreement.amendments()).hasSize(1);
    }

    @Test
    void aEuroAmendmentNeedsItsChfAmount() {
        assertThatThrownBy(() -> euroAgreement().amend("A-1", amendment("2024-02-01", "1.00", null)))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("newChfAmount", "is required when currency is not CHF")));
    }

    private static Agreement euroAgreement() {
        return new Agreement("7TST00001-01", new AgreementTerms(null, "7TST00001", FundingSource.PARTNER, "EC",
                "EUR", new BigDecimal("1000.00"), new BigDecimal("950.00"), LocalDate.parse("2024-01-10"),
                null, null));
    }

    private static AmendmentTerms amendment(String effectiveOn, String original, String chf) {
        return new AmendmentTerms(null, LocalDate.parse(effectiveOn), new BigDecimal(original),
                chf == null ? null : new BigDecimal(chf), "reason");
    }
}
