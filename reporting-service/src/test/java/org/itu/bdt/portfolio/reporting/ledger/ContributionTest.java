package org.itu.bdt.portfolio.reporting.ledger;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionTest {

    private static final ProjectFact ONGOING_IN_EUROPE = project(Region.EUROPE, ProjectStatus.ONGOING, 1);
    private static final AgreementFact PARTNER_AGREEMENT = partnerAgreement("7MNE24002-01", "48005.18",
            "2024-09-12", AgreementKind.PROJECT_AGREEMENT, ContributionType.CASH);
    private static final AgreementFact ITU_AGREEMENT = new AgreementFact("7MNE24002-03", "7MNE24002",
            FundingSource.ITU, chf("47500.00"), date("2024-09-20"), AgreementKind.PROJECT_AGREEMENT,
            ContributionType.CASH);
    private static final AmendmentFact ITU_CUT =
            new AmendmentFact("7MNE24002-03-A1", "7MNE24002-03", "7MNE24002", date("2024-12-02"), chf("44200.00"));
    private static final AmendmentFact ITU_SECOND_CUT =
            new AmendmentFact("7MNE24002-03-A2", "7MNE24002-03", "7MNE24002", date("2025-03-01"), chf("40000.00"));

    @Test
    void anOngoingProjectContributesItselfOnItsSignatureAndEachAgreementOnItsOwn() {
        ProjectFacts facts = ProjectFacts.none().with(ONGOING_IN_EUROPE).with(PARTNER_AGREEMENT).with(ITU_AGREEMENT);

        assertThat(facts.contribution().lines(Dimension.REGION)).containsExactly(
                Map.entry(line("2024-09-12"), new LedgerAmounts(1, chf("48005.18"), BigDecimal.ZERO)),
                Map.entry(line("2024-09-20"), new LedgerAmounts(0, BigDecimal.ZERO, chf("47500.00"))));
    }

    @Test
    void eachAmendmentAddsTheDifferenceToTheAmountInForceOnItsEffectiveDate() {
        ProjectFacts facts = ProjectFacts.none().with(ONGOING_IN_EUROPE).with(ITU_AGREEMENT)
                .with(ITU_SECOND_CUT).with(ITU_CUT);

        assertThat(facts.contribution().lines(Dimension.REGION)).containsExactly(
                Map.entry(line("2024-09-12"), new LedgerAmounts(1, BigDecimal.ZERO, BigDecimal.ZERO)),
                Map.entry(line("2024-09-20"), new LedgerAmounts(0, BigDecimal.ZERO, chf("47500.00"))),
                Map.entry(line("2024-12-02"), new LedgerAmounts(0, BigDecimal.ZERO, chf("-3300.00"))),
                Map.entry(line("2025-03-01"), new LedgerAmounts(0, BigDecimal.ZERO, chf("-4200.00"))));
    }

    @Test
    void everyOrderOfTheSameEventsLeavesTheSameLedger() {
        List<UnaryOperator<ProjectFacts>> events = List.of(
                facts -> facts.with(ONGOING_IN_EUROPE), facts -> facts.with(PARTNER_AGREEMENT),
                facts -> facts.with(ITU_AGREEMENT), facts -> facts.with(ITU_CUT));
        Map<LedgerLine, LedgerAmounts> expected = ledgerAfter(events);

        for (List<UnaryOperator<ProjectFacts>> order : permutations(events)) {
            assertThat(ledgerAfter(order)).isEqualTo(expected);
        }
        assertThat(expected).containsEntry(line("2024-12-02"), new LedgerAmounts(0, chf("0.00"), chf("-3300.00")));
    }

    @Test
    void aDuplicateChangesNothing() {
        ProjectFacts facts = ProjectFacts.none().with(ONGOING_IN_EUROPE).with(ITU_AGREEMENT).with(ITU_CUT);

        assertThat(facts.with(ITU_AGREEMENT)).isSameAs(facts);
        assertThat(facts.with(ITU_CUT)).isSameAs(facts);
        assertThat(facts.with(ONGOING_IN_EUROPE)).isSameAs(facts);
    }

    @Test
    void agreementsAndAmendmentsContributeNothingUntilTheirProjectIsKnown() {
        ProjectFacts withoutProject = ProjectFacts.none().with(ITU_CUT).with(ITU_AGREEMENT);

        assertThat(withoutProject.contribution().isEmpty()).isTrue();
        assertThat(withoutProject.with(ONGOING_IN_EUROPE).contribution().lines(Dimension.REGION))
                .containsEntry(line("2024-09-20"), new LedgerAmounts(0, BigDecimal.ZERO, chf("47500.00")))
                .containsEntry(line("2024-12-02"), new LedgerAmounts(0, BigDecimal.ZERO, chf("-3300.00")));
    }

    @Test
    void anAmendmentWithoutItsAgreementContributesNothing() {
        ProjectFacts facts = ProjectFacts.none().with(ONGOING_IN_EUROPE).with(ITU_CUT);

        assertThat(facts.contribution().lines(Dimension.REGION)).containsOnlyKeys(line("2024-09-12"));
    }

    @Test
    void aRegionChangeMovesEveryLineToTheNewRegion() {
        ProjectFacts inEurope = ProjectFacts.none().with(ONGOING_IN_EUROPE).with(PARTNER_AGREEMENT);
        ProjectFacts inAfrica = inEurope.with(project(Region.AFRICA, ProjectStatus.ONGOING, 2));

        assertThat(inAfrica.contribution().minus(inEurope.contribution()).lines(Dimension.REGION)).containsExactly(
                Map.entry(new LedgerLine(Dimension.REGION, "AFRICA", date("2024-09-12")),
                        new LedgerAmounts(1, chf("48005.18"), BigDecimal.ZERO)),
                Map.entry(new LedgerLine(Dimension.REGION, "EUROPE", date("2024-09-12")),
                        new LedgerAmounts(-1, chf("-48005.18"), BigDecimal.ZERO)));
    }

    @Test
    void aProjectLeavingOngoingTakesItsWholeContributionOut() {
        ProjectFacts ongoing = ProjectFacts.none().with(ONGOING_IN_EUROPE).with(ITU_AGREEMENT).with(ITU_CUT);
        ProjectFacts closed = ongoing.with(project(Region.EUROPE, ProjectStatus.OPERATIONALLY_CLOSED, 2));

        assertThat(closed.contribution().lines(Dimension.REGION)).isEmpty();
        assertThat(closed.contribution().minus(ongoing.contribution()).lines(Dimension.REGION)).containsExactly(
                Map.entry(line("2024-09-12"), new LedgerAmounts(-1, BigDecimal.ZERO, BigDecimal.ZERO)),
                Map.entry(line("2024-09-20"), new LedgerAmounts(0, BigDecimal.ZERO, chf("-47500.00"))),
                Map.entry(line("2024-12-02"), new LedgerAmounts(0, BigDecimal.ZERO, chf("3300.00"))));
    }

    @Test
    void anOlderRevisionArrivingLateIsIgnored() {
        ProjectFacts closed = ProjectFacts.none().with(project(Region.EUROPE, ProjectStatus.SUSPENDED, 2));

        assertThat(closed.with(ONGOING_IN_EUROPE)).isSameAs(closed);
    }

    @Test
    void aProjectIsCountedOnItsStartDateWithoutSignatureAndOn1900WithoutEither() {
        var unsigned = new ProjectFact("7MNE24002", Region.EUROPE, ProjectStatus.ONGOING, null, date("2024-10-01"), 1);
        var undated = new ProjectFact("7MNE24002", Region.EUROPE, ProjectStatus.ONGOING, null, null, 1);

        assertThat(ProjectFacts.none().with(unsigned).contribution().lines(Dimension.REGION))
                .containsOnlyKeys(line("2024-10-01"));
        assertThat(ProjectFacts.none().with(undated).contribution().lines(Dimension.REGION))
                .containsOnlyKeys(line("1900-01-01"));
    }

    @Test
    void aSupplementaryAgreementCountsLikeAProjectAgreement() {
        AgreementFact supplement = partnerAgreement("7MNE24002-04", "12000.00", "2024-11-05",
                AgreementKind.SUPPLEMENTARY_AGREEMENT, ContributionType.CASH);

        assertThat(ProjectFacts.none().with(ONGOING_IN_EUROPE).with(supplement).contribution().lines(Dimension.REGION))
                .containsEntry(line("2024-11-05"), new LedgerAmounts(0, chf("12000.00"), BigDecimal.ZERO));
    }

    @Test
    void anInKindContributionIsKeptOutOfTheCashFigures() {
        AgreementFact inKind = partnerAgreement("7MNE24002-04", "12000.00", "2024-11-05",
                AgreementKind.PROJECT_AGREEMENT, ContributionType.IN_KIND);

        assertThat(ProjectFacts.none().with(ONGOING_IN_EUROPE).with(inKind).contribution().lines(Dimension.REGION))
                .containsOnlyKeys(line("2024-09-12"));
    }

    @Test
    void sponsorshipsAndVoluntaryContributionsAreReportedApartFromTheProjectFigures() {
        AgreementFact sponsorship = partnerAgreement("7MNE24002-04", "12000.00", "2024-11-05",
                AgreementKind.SPONSORSHIP, ContributionType.CASH);
        AgreementFact voluntary = partnerAgreement("7MNE24002-05", "3000.00", "2024-11-06",
                AgreementKind.VOLUNTARY_CONTRIBUTION, ContributionType.CASH);

        assertThat(ProjectFacts.none().with(ONGOING_IN_EUROPE).with(sponsorship).with(voluntary).contribution()
                .lines(Dimension.REGION)).containsOnlyKeys(line("2024-09-12"));
    }

    @Test
    void aCancelledAgreementCountsUntilTheDayBeforeItsCancellationAtTheAmountThenInForce() {
        ProjectFacts facts = ProjectFacts.none().with(ONGOING_IN_EUROPE).with(ITU_AGREEMENT).with(ITU_CUT)
                .with(ITU_SECOND_CUT).with(cancellation("7MNE24002-03", "2025-01-15"));

        assertThat(facts.contribution().lines(Dimension.REGION)).containsExactly(
                Map.entry(line("2024-09-12"), new LedgerAmounts(1, BigDecimal.ZERO, BigDecimal.ZERO)),
                Map.entry(line("2024-09-20"), new LedgerAmounts(0, BigDecimal.ZERO, chf("47500.00"))),
                Map.entry(line("2024-12-02"), new LedgerAmounts(0, BigDecimal.ZERO, chf("-3300.00"))),
                Map.entry(line("2025-01-15"), new LedgerAmounts(0, BigDecimal.ZERO, chf("-44200.00"))));
    }

    @Test
    void anAgreementCancelledOnItsSignatureDayNeverCounts() {
        ProjectFacts facts = ProjectFacts.none().with(ONGOING_IN_EUROPE).with(PARTNER_AGREEMENT)
                .with(cancellation("7MNE24002-01", "2024-09-12"));

        assertThat(facts.contribution().lines(Dimension.REGION)).containsExactly(
                Map.entry(line("2024-09-12"), new LedgerAmounts(1, BigDecimal.ZERO, BigDecimal.ZERO)));
    }

    @Test
    void aCancellationArrivingBeforeItsAgreementLeavesTheSameLedgerInEveryOrder() {
        List<UnaryOperator<ProjectFacts>> events = List.of(
                facts -> facts.with(ONGOING_IN_EUROPE), facts -> facts.with(ITU_AGREEMENT),
                facts -> facts.with(ITU_CUT), facts -> facts.with(cancellation("7MNE24002-03", "2025-01-15")));
        Map<LedgerLine, LedgerAmounts> expected = ledgerAfter(events);

        for (List<UnaryOperator<ProjectFacts>> order : permutations(events)) {
            assertThat(ledgerAfter(order)).isEqualTo(expected);
        }
        assertThat(expected).containsEntry(line("2025-01-15"), new LedgerAmounts(0, chf("0.00"), chf("-44200.00")));
        ProjectFacts cancelledFirst = ProjectFacts.none().with(cancellation("7MNE24002-03", "2025-01-15"));
        assertThat(cancelledFirst.contribution().isEmpty()).isTrue();
    }

    @Test
    void aSecondCancellationOfTheSameAgreementChangesNothing() {
        ProjectFacts cancelled = ProjectFacts.none().with(ONGOING_IN_EUROPE).with(ITU_AGREEMENT)
                .with(cancellation("7MNE24002-03", "2025-01-15"));

        assertThat(cancelled.with(cancellation("7MNE24002-03", "2024-10-01"))).isSameAs(cancelled);
    }

    /** Applies the events one by one, adding each change of contribution to a ledger, as the consumers do. */
    private static Map<LedgerLine, LedgerAmounts> ledgerAfter(List<UnaryOperator<ProjectFacts>> events) {
        Map<LedgerLine, LedgerAmounts> ledger = new TreeMap<>();
        ProjectFacts facts = ProjectFacts.none();
        for (UnaryOperator<ProjectFacts> event : events) {
            ProjectFacts after = event.apply(facts);
            after.contribution().minus(facts.contribution()).lines(Dimension.REGION)
                    .forEach((line, amounts) -> ledger.merge(line, amounts, LedgerAmounts::plus));
            facts = after;
        }
        ledger.values().removeIf(LedgerAmounts::isNone);
        ledger.replaceAll((line, amounts) -> new LedgerAmounts(amounts.projects(),
                amounts.partnerChf().setScale(2), amounts.ituChf().setScale(2)));
        return ledger;
    }

    private static <T> List<List<T>> permutations(List<T> elements) {
        if (elements.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> result = new ArrayList<>();
        for (T first : elements) {
            List<T> rest = new ArrayList<>(elements);
            rest.remove(first);
            for (List<T> tail : permutations(rest)) {
                List<T> permutation = new ArrayList<>(List.of(first));
                permutation.addAll(tail);
                result.add(permutation);
            }
        }
        return result;
    }

    private static AgreementFact partnerAgreement(String agreementNumber, String chf, String signedOn,
                                                  AgreementKind kind, ContributionType contribution) {
        return new AgreementFact(agreementNumber, "7MNE24002", FundingSource.PARTNER, chf(chf), date(signedOn), kind,
                contribution);
    }

    private static CancellationFact cancellation(String agreementNumber, String cancelledOn) {
        return new CancellationFact(agreementNumber, "7MNE24002", date(cancelledOn));
    }

    private static ProjectFact project(Region region, ProjectStatus status, int revision) {
        return new ProjectFact("7MNE24002", region, status, date("2024-09-12"), date("2024-09-27"), revision);
    }

    private static LedgerLine line(String date) {
        return new LedgerLine(Dimension.REGION, "EUROPE", date(date));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static BigDecimal chf(String amount) {
        return new BigDecimal(amount);
    }
}
