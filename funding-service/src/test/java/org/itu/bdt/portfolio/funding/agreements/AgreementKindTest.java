package org.itu.bdt.portfolio.funding.agreements;

import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementKindTest {
    private static final LocalDate SIGNED = LocalDate.parse("2024-01-10");

    @Test
    void anAgreementIsACashProjectAgreementUnlessItSaysOtherwise() {
        AgreementTerms terms = partner(null, null);

        assertThat(terms.kind()).isEqualTo(AgreementKind.PROJECT_AGREEMENT);
        assertThat(terms.contribution()).isEqualTo(ContributionType.CASH);
    }

    @Test
    void aPartnerMaySponsorOrContributeInKind() {
        AgreementTerms terms = partner(AgreementKind.SPONSORSHIP, ContributionType.IN_KIND);

        assertThat(terms.kind()).isEqualTo(AgreementKind.SPONSORSHIP);
        assertThat(terms.contribution()).isEqualTo(ContributionType.IN_KIND);
    }

    @Test
    void anItuLineMayBeSupplementaryButOnlyInCash() {
        assertThat(itu(AgreementKind.SUPPLEMENTARY_AGREEMENT, ContributionType.CASH).kind())
                .isEqualTo(AgreementKind.SUPPLEMENTARY_AGREEMENT);
        assertThatThrownBy(() -> itu(AgreementKind.VOLUNTARY_CONTRIBUTION, ContributionType.IN_KIND))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("kind",
                                "must be PROJECT_AGREEMENT or SUPPLEMENTARY_AGREEMENT when fundingSource is ITU"),
                        new FieldError("contribution", "must be CASH when fundingSource is ITU")));
    }

    private static AgreementTerms partner(AgreementKind kind, ContributionType contribution) {
        return new AgreementTerms(null, "7AGR00001", FundingSource.PARTNER, "EC", "CHF", new BigDecimal("10.00"),
                null, SIGNED, null, kind, contribution);
    }

    private static AgreementTerms itu(AgreementKind kind, ContributionType contribution) {
        return new AgreementTerms(null, "7AGR00001", FundingSource.ITU, null, "CHF", new BigDecimal("10.00"),
                null, SIGNED, null, kind, contribution);
    }
}
