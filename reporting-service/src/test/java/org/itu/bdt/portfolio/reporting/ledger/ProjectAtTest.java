package org.itu.bdt.portfolio.reporting.ledger;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectAtTest {

    private static final AgreementFact AGREEMENT = new AgreementFact("7RAS24075-01", "7RAS24075",
            FundingSource.PARTNER, new BigDecimal("1000.00"), LocalDate.parse("2024-03-01"),
            AgreementKind.PROJECT_AGREEMENT, ContributionType.CASH).convertedFrom("AU-DITRDCA",
            new Conversion("AUD", new BigDecimal("1700.00"), new BigDecimal("0.588235"), "2024-03", "UN"));

    @Test
    void theStatusAtADateIsTheLatestChangeOnOrBeforeItAndTheHighestRevisionOnTheSameDay() {
        ProjectFacts facts = project(List.of(), List.of())
                .with(change(3, ProjectStatus.SUSPENDED, "2024-06-01"))
                .with(change(1, ProjectStatus.APPROVED, "2024-02-01"))
                .with(change(2, ProjectStatus.ONGOING, "2024-06-01"));

        assertThat(facts.at(date("2024-01-31")).status()).isEmpty();
        assertThat(facts.at(date("2024-05-31")).status()).contains(ProjectStatus.APPROVED);
        assertThat(facts.at(date("2024-06-01")).status()).contains(ProjectStatus.SUSPENDED);
    }

    @Test
    void aProjectServingTwoInitiativesAndTwoCountriesCountsFullyUnderEach() {
        ProjectFacts facts = project(List.of(new Initiative("ASP2", "Digital economy"),
                new Initiative("ASP5", "Secure and resilient ICT")), List.of("TH", "MN"));

        var figures = facts.at(date("2024-12-31")).figures();

        var full = new LedgerAmounts(1, new BigDecimal("1000.00"), BigDecimal.ZERO);
        assertThat(figures).containsEntry(new LedgerKey(Dimension.INITIATIVE, "ASP2"), full)
                .containsEntry(new LedgerKey(Dimension.INITIATIVE, "ASP5"), full)
                .containsEntry(new LedgerKey(Dimension.COUNTRY, "TH"), full)
                .containsEntry(new LedgerKey(Dimension.COUNTRY, "MN"), full)
                .containsEntry(new LedgerKey(Dimension.PARTNER, "AU-DITRDCA"), full)
                .containsEntry(new LedgerKey(Dimension.SIGNED_YEAR, "2024"), full)
                .doesNotContainKey(new LedgerKey(Dimension.FUNDING_SOURCE, "ITU"));
    }

    @Test
    void theYearOfSignatureKeepsTheAmountAsSignedWhileThePortfolioTakesTheAmendment() {
        var cut = new AmendmentFact("7RAS24075-01-A1", "7RAS24075-01", "7RAS24075", date("2024-12-02"),
                new BigDecimal("400.00"));
        var figures = project(List.of(), List.of()).with(cut).at(date("2024-12-31")).figures();

        assertThat(figures.get(new LedgerKey(Dimension.SIGNED_YEAR, "2024")).partnerChf()).isEqualTo("1000.00");
        assertThat(figures.get(new LedgerKey(Dimension.REGION, "ASIA_PACIFIC")).partnerChf()).isEqualTo("400.00");
    }

    @Test
    void ofTwoAmendmentsOnTheSameDayTheLaterInSequenceIsInEffectWhateverTheirIds() {
        var tenth = new AmendmentFact("7RAS24075-01-A10", "7RAS24075-01", "7RAS24075", date("2024-12-02"), 10,
                new BigDecimal("700.00"), null);
        var second = new AmendmentFact("7RAS24075-01-A2", "7RAS24075-01", "7RAS24075", date("2024-12-02"), 2,
                new BigDecimal("300.00"), null);
        var figures = project(List.of(), List.of()).with(tenth).with(second).at(date("2024-12-31")).figures();

        assertThat(figures.get(new LedgerKey(Dimension.REGION, "ASIA_PACIFIC")).partnerChf()).isEqualTo("700.00");
    }

    private static ProjectFacts project(List<Initiative> initiatives, List<String> countries) {
        var project = new ProjectFact("7RAS24075", Region.ASIA_PACIFIC, ProjectStatus.ONGOING, date("2024-03-01"),
                null, 1).describedAs(new ProjectDescription("E-waste", "REGIONAL", null, initiatives, countries,
                null, null, true));
        return ProjectFacts.none().with(project).with(AGREEMENT);
    }

    private static StatusChangeFact change(int revision, ProjectStatus to, String on) {
        return new StatusChangeFact("7RAS24075", revision, null, to, date(on), null, null, false);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
