package org.itu.bdt.portfolio.funding.agreements;

import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.funding.rates.AgreementRate;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTest {
    private static final AgreementRate EUR_RATE = new AgreementRate(new BigDecimal("0.950000"),
            YearMonth.of(2024, 1), "UN operational rates of exchange", false);

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
    void anAgreementIsConvertedAtItsRate() {
        Agreement agreement = euroAgreement();

        assertThat(agreement.chf()).isEqualTo(Money.chf(new BigDecimal("950.00")));
        assertThat(agreement.rate()).isEqualTo(EUR_RATE);
    }

    @Test
    void aBookedChfAmountOffByOneCentimeBreaksARule() {
        assertThatThrownBy(() -> new Agreement("7TST00001-01", euroTerms("950.01"), EUR_RATE))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("chfAmount", "must equal 950.00, which is 1000.00 EUR at 0.950000 CHF per unit"
                                + " (UN operational rates of exchange, 2024-01), to the centime; got 950.01")));
    }

    @Test
    void anAmendmentReplacesTheAmountsInForce() {
        Agreement agreement = euroAgreement();

        agreement.amend("A-1", amendment("2024-06-01", "1200.00", null));
        agreement.amend("A-2", amendment("2024-03-01", "1100.00", "1045.00"));

        assertThat(agreement.currentOriginal()).isEqualTo(Money.of(new BigDecimal("1200.00"), "EUR"));
        assertThat(agreement.currentChf()).isEqualTo(Money.chf(new BigDecimal("1140.00")));
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

        agreement.amend("A-1", amendment("2024-01-10", "1.00", null));
        assertThatThrownBy(() -> agreement.amend("A-2", amendment("2024-01-09", "1.00", null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("effectiveOn", "must not be before the agreement's signature on 2024-01-10")));
        assertThat(agreement.amendments()).hasSize(1);
    }

    @Test
    void aEuroAmendmentConvertsAtTheAgreementsRateAndABookedAmountMustAgree() {
        Agreement agreement = euroAgreement();

        assertThat(agreement.amend("A-1", amendment("2024-09-01", "2.00", null)).newChf())
                .isEqualTo(Money.chf(new BigDecimal("1.90")));
        assertThatThrownBy(() -> agreement.amend("A-2", amendment("2024-10-01", "2.00", "1.91")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("newChfAmount"));
        assertThat(agreement.amendments()).hasSize(1);
    }

    @Test
    void anAgreementBookedBeforeConversionNeedsTheChfAmountOfAnAmendment() {
        Agreement agreement = new Agreement("7TST00001-01", euroTerms("950.00"),
                new AgreementRate(null, null, "booked before conversion", false));

        assertThat(agreement.amend("A-1", amendment("2024-02-01", "2.00", "1.93")).newChf())
                .isEqualTo(Money.chf(new BigDecimal("1.93")));
        assertThatThrownBy(() -> agreement.amend("A-2", amendment("2024-03-01", "2.00", null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("newChfAmount", "is required: the agreement was booked before conversion"
                                + " and has no rate")));
    }

    @Test
    void aYenAmendmentWithDecimalsIsInvalid() {
        Agreement agreement = new Agreement("7BTN23069-01", new AgreementTerms(null, "7BTN23069",
                FundingSource.PARTNER, "JP-MIC", "JPY", new BigDecimal("73000000"), null,
                LocalDate.parse("2023-11-26"), null, null, null),
                new AgreementRate(new BigDecimal("0.005961"), YearMonth.of(2023, 11), "UN", false));

        assertThatThrownBy(() -> agreement.amend("A-1", amendment("2024-02-01", "100.50", null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("newOriginalAmount", "must have no decimals: JPY has no minor units")));
    }

    private static Agreement euroAgreement() {
        return new Agreement("7TST00001-01", euroTerms(null), EUR_RATE);
    }

    private static AgreementTerms euroTerms(String bookedChf) {
        return new AgreementTerms(null, "7TST00001", FundingSource.PARTNER, "EC", "EUR", new BigDecimal("1000.00"),
                bookedChf == null ? null : new BigDecimal(bookedChf), LocalDate.parse("2024-01-10"), null,
                null, null);
    }

    private static AmendmentTerms amendment(String effectiveOn, String original, String chf) {
        return new AmendmentTerms(null, LocalDate.parse(effectiveOn), new BigDecimal(original),
                chf == null ? null : new BigDecimal(chf), "reason");
    }
}
