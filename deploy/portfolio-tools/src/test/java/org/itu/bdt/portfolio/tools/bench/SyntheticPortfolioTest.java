package org.itu.bdt.portfolio.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itu.bdt.portfolio.tools.ReferencePortfolio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyntheticPortfolioTest {

    private static final int PROJECTS = 20_000;
    private static ReferencePortfolio reference;
    private static List<SyntheticProject> portfolio;

    @BeforeAll
    static void generate() throws IOException {
        Path data = Path.of("deploy/reference-data");
        reference = ReferencePortfolio.read(Files.isDirectory(data) ? data : Path.of("../reference-data"));
        SyntheticPortfolio synthetic = SyntheticPortfolio.of(reference, 42);
        portfolio = IntStream.range(0, PROJECTS).mapToObj(synthetic::project).toList();
    }

    @Test
    void theSameSeedGivesTheSameProjectsAndEventsAndAnotherSeedOthers() {
        SyntheticPortfolio again = SyntheticPortfolio.of(reference, 42);
        SyntheticPortfolio other = SyntheticPortfolio.of(reference, 43);
        for (int i : new int[] {0, 1, 12_345, PROJECTS - 1}) {
            assertThat(again.project(i)).isEqualTo(portfolio.get(i));
            assertThat(SyntheticEvents.of(again.project(i), 42)).isEqualTo(SyntheticEvents.of(portfolio.get(i), 42));
        }
        assertThat(IntStream.range(0, 100).filter(i -> other.project(i).equals(portfolio.get(i)))).isEmpty();
    }

    @Test
    void projectNumbersFollowTheContractAndNeverRepeat() {
        assertThat(portfolio).extracting(SyntheticProject::number).allMatch(n -> n.matches("^[79][A-Z]{3}\\d{5}$"))
                .doesNotHaveDuplicates();
        assertThat(SyntheticPortfolio.projectNumber(999_999)).isEqualTo("9ZAJ99999");
    }

    @Test
    void regionsKeepTheReferenceProportions() {
        Map<String, Double> expected = shares(reference.projects(), p -> p.get("region"));
        Map<String, Double> actual = shares(portfolio, SyntheticProject::region);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((region, share) -> assertThat(actual.get(region)).isCloseTo(share, within(0.01)));
    }

    @Test
    void partnersCurrenciesAndItuLinesKeepTheReferenceProportions() {
        List<SyntheticAgreement> agreements = portfolio.stream().flatMap(p -> p.agreements().stream()).toList();
        assertThat((double) agreements.size() / PROJECTS)
                .isCloseTo((double) reference.agreements().size() / reference.projects().size(), within(0.03));
        Map<String, Double> currencies = shares(reference.agreements(), a -> a.get("currency"));
        Map<String, Double> partners = shares(reference.agreements(), a -> a.get("partner_id"));
        Map<String, Double> sources = shares(reference.agreements(), a -> a.get("funding_source"));
        shares(agreements, SyntheticAgreement::currency)
                .forEach((c, share) -> assertThat(share).isCloseTo(currencies.get(c), within(0.01)));
        shares(agreements, a -> a.partnerId() == null ? "" : a.partnerId())
                .forEach((p, share) -> assertThat(share).isCloseTo(partners.get(p), within(0.01)));
        shares(agreements, SyntheticAgreement::fundingSource)
                .forEach((s, share) -> assertThat(share).isCloseTo(sources.get(s), within(0.01)));
    }

    @Test
    void signaturesSpanTenYearsAndSomeAgreementsAreAmendedCancelledOrClosed() {
        assertThat(portfolio.stream().map(p -> p.signedOn().getYear()).distinct().sorted())
                .containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024);
        List<SyntheticAgreement> agreements = portfolio.stream().flatMap(p -> p.agreements().stream()).toList();
        double amended = agreements.stream().filter(a -> a.amendedOn() != null).count() / (double) agreements.size();
        double cancelled = agreements.stream().filter(a -> a.cancelledOn() != null).count()
                / (double) agreements.size();
        assertThat(amended).isCloseTo((double) reference.amendments().size() / reference.agreements().size(),
                within(0.003));
        assertThat(cancelled).isCloseTo(SyntheticPortfolio.CANCELLED, within(0.003));
        assertThat(portfolio).anyMatch(p -> p.closedOn() != null).anyMatch(p -> p.closedOn() == null);
    }

    @Test
    void eventsCarryTheContractsFieldsWithAmountsAsStrings() throws IOException {
        SyntheticProject project = portfolio.stream()
                .filter(p -> p.closedOn() != null && p.agreements().stream().anyMatch(a -> a.cancelledOn() != null))
                .findFirst().orElseThrow();
        List<SyntheticEvent> events = SyntheticEvents.of(project, 42);
        assertThat(events).extracting(e -> e.type().replace(SyntheticEvent.TYPE_PREFIX, "")).startsWith(
                "ProjectStatusChanged", "ProjectRegistered", "ProjectStatusChanged", "ProjectUpdated",
                "AgreementSigned");
        assertThat(events).extracting(SyntheticEvent::key).containsOnly(project.number());
        assertThat(events).extracting(SyntheticEvent::id).doesNotHaveDuplicates();
        JsonNode signed = new ObjectMapper().readTree(events.get(4).data());
        assertThat(signed.get("chfAmount").isTextual()).isTrue();
        assertThat(signed.get("rate").asText()).matches("^\\d{1,13}\\.\\d{6}$");
        assertThat(events).anyMatch(e -> e.type().endsWith("AgreementCancelled"));
    }

    private static <T> Map<String, Double> shares(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.collectingAndThen(Collectors.counting(),
                n -> (double) n / items.size())));
    }
}
