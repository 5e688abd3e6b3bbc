package org.itu.bdt.portfolio.funding.agreements;

import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.NotFoundException;
import org.itu.bdt.portfolio.funding.rates.AgreementRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class AgreementAsOfTest {
    private static final AgreementRate EUR_RATE = new AgreementRate(new BigDecimal("0.950000"),
            YearMonth.of(2024, 1), "UN operational rates of exchange", false);

    @Test
    void beforeAnAmendmentTakesEffectTheAgreementStandsAsSigned() {
        Agreement agreement = amendedEuroAgreement();

        AgreementAsOf view = AgreementAsOf.on(agreement, date("2024-05-31"));

        assertThat(view.amendments()).isEmpty();
        assertThat(view.amendmentInEffect()).isEmpty();
        assertThat(view.original()).isEqualTo(Money.of(new BigDecimal("1000.00"), "EUR"));
        assertThat(view.chf()).isEqualTo(Money.chf(new BigDecimal("950.00")));
        assertThat(view.inEffectSince()).isEqualTo(date("2024-01-10"));
    }

    @Test
    void fromItsEffectiveDateAnAmendmentSetsTheAmountsAndJoinsTheHistory() {
        Agreement agreement = amendedEuroAgreement();

        AgreementAsOf view = AgreementAsOf.on(agreement, date("2024-06-01"));

        assertThat(view.amendments()).extracting(Amendment::amendmentId).containsExactly("A-1");
        assertThat(view.original()).isEqualTo(Money.of(new BigDecimal("1200.00"), "EUR"));
        assertThat(view.chf()).isEqualTo(Money.chf(new BigDecimal("1140.00")));
        assertThat(view.inEffectSince()).isEqualTo(date("2024-06-01"));
    }

    @Test
    void todaysViewShowsTheWholeHistoryButOnlyTheAmountsInEffectToday() {
        Agreement agreement = amendedEuroAgreement();
        agreement.amend("A-2", new AmendmentTerms(null, LocalDate.now().plusYears(1), new BigDecimal("1500.00"),
                new BigDecimal("1425.00"), "planned raise"));

        AgreementAsOf view = AgreementAsOf.today(agreement);

        assertThat(view.amendments()).extracting(Amendment::amendmentId).containsExactly("A-1", "A-2");
        assertThat(view.original()).isEqualTo(Money.of(new BigDecimal("1200.00"), "EUR"));
        assertThat(view.date()).isEqualTo(LocalDate.now());
    }

    @Test
    void aCancelledAgreementIsActiveBeforeItsCancellationAndCancelledFromItsDate() {
        Agreement agreement = amendedEuroAgreement();
        agreement.cancel(new CancellationTerms(date("2024-09-30"), "partner withdrew"));

        AgreementAsOf before = AgreementAsOf.on(agreement, date("2024-09-29"));
        AgreementAsOf from = AgreementAsOf.on(agreement, date("2024-09-30"));

        assertThat(before.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(before.cancelledOn()).isEmpty();
        assertThat(before.cancellationReason()).isEmpty();
        assertThat(from.status()).isEqualTo(AgreementStatus.CANCELLED);
        assertThat(from.cancelledOn()).contains(date("2024-09-30"));
        assertThat(from.cancellationReason()).contains("partner withdrew");
        assertThat(from.original()).isEqualTo(Money.of(new BigDecimal("1200.00"), "EUR"));
    }

    @Test
    void anAgreementDidNotExistBeforeItsSignature() {
        assertThatThrownBy(() -> AgreementAsOf.on(amendedEuroAgreement(), date("2024-01-09")))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("agreement 7AGR00001-01 was signed on 2024-01-10, after 2024-01-09");
    }

    public static Agreement amendedEuroAgreement() {
        Agreement agreement = new Agreement("7AGR00001-01", new AgreementTerms(null, "7AGR00001",
                FundingSource.PARTNER, "EC", "EUR", new BigDecimal("1000.00"), new BigDecimal("950.00"),
                date("2024-01-10"), null, null, null), EUR_RATE);
        agreement.amend("A-1", new AmendmentTerms(null, date("2024-06-01"), new BigDecimal("1200.00"),
                new BigDecimal("1140.00"), "raised"));
        return agreement;
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
