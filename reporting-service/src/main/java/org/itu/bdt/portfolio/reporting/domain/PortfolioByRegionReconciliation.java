package org.itu.bdt.portfolio.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Figure 1 against the sources: each project's contribution from its facts against its source figures counted by
 * the same rules, then each region's ledger sums against the sources' sums.
 */
@ApplicationScoped
public class PortfolioByRegionReconciliation implements ReconciledAggregate {

    static final String AGGREGATE = "portfolio-by-region";

    private final RegionLedger ledger;

    PortfolioByRegionReconciliation(RegionLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<Difference> differences(SourcePortfolio sources) {
        Map<String, ProjectFigures> expected = expected(sources);
        Map<String, ProjectFigures> actual = actual(sources.asOf());
        List<Difference> differences = new ArrayList<>();
        var projects = new TreeSet<>(expected.keySet());
        projects.addAll(actual.keySet());
        for (String project : projects) {
            compare("project " + project, figures(expected.get(project)), figures(actual.get(project)), differences);
        }
        Map<Region, PortfolioFigures> expectedRegions = byRegion(expected);
        for (RegionFigures region : ledger.asOf(sources.asOf()).regions()) {
            compare(region.region().name(), expectedRegions.getOrDefault(region.region(), PortfolioFigures.NONE),
                    region.figures(), differences);
        }
        return differences;
    }

    private record ProjectFigures(Region region, PortfolioFigures figures) {
    }

    private static Map<String, ProjectFigures> expected(SourcePortfolio sources) {
        Map<String, ProjectFigures> expected = new TreeMap<>();
        sources.projects().values().stream().filter(project -> project.status() == ProjectStatus.ONGOING)
                .forEach(project -> {
                    LedgerAmounts funding = sources.funding().containsKey(project.projectNumber())
                            ? sources.funding().get(project.projectNumber()).portfolioAmounts() : LedgerAmounts.NONE;
                    LedgerAmounts counted = project.countsOn(sources.asOf())
                            ? funding.plus(LedgerAmounts.ONE_PROJECT) : funding;
                    expected.put(project.projectNumber(), new ProjectFigures(project.region(), figures(counted)));
                });
        expected.values().removeIf(project -> project.figures().equals(PortfolioFigures.NONE));
        return expected;
    }

    /** Every project's contribution up to the date, from its facts: the read model's own per-project figures. */
    private static Map<String, ProjectFigures> actual(LocalDate asOf) {
        Map<String, ProjectFigures> actual = new TreeMap<>();
        Map<String, List<AgreementFact>> agreements = byProject(AgreementFact.<AgreementFact>listAll(),
                fact -> fact.projectNumber);
        Map<String, List<AmendmentFact>> amendments = byProject(AmendmentFact.<AmendmentFact>listAll(),
                fact -> fact.projectNumber);
        Map<String, List<CancellationFact>> cancellations = byProject(CancellationFact.<CancellationFact>listAll(),
                fact -> fact.projectNumber);
        Map<String, List<StatusChangeFact>> statusChanges = byProject(StatusChangeFact.<StatusChangeFact>listAll(),
                fact -> fact.projectNumber);
        for (ProjectFact project : ProjectFact.<ProjectFact>listAll()) {
            String number = project.projectNumber;
            Contribution contribution = new ProjectFacts(project, agreements.getOrDefault(number, List.of()),
                    amendments.getOrDefault(number, List.of()), cancellations.getOrDefault(number, List.of()),
                    statusChanges.getOrDefault(number, List.of()))
                    .contribution();
            LedgerAmounts upToDate = contribution.lines(Dimension.REGION).entrySet().stream()
                    .filter(line -> !line.getKey().effectiveOn().isAfter(asOf))
                    .map(Map.Entry::getValue)
                    .reduce(LedgerAmounts.NONE, LedgerAmounts::plus);
            if (!upToDate.isNone()) {
                actual.put(number, new ProjectFigures(project.region, figures(upToDate)));
            }
        }
        return actual;
    }

    private static Map<Region, PortfolioFigures> byRegion(Map<String, ProjectFigures> projects) {
        Map<Region, PortfolioFigures> regions = new EnumMap<>(Region.class);
        projects.values().forEach(project -> regions.merge(project.region(), project.figures(), PortfolioFigures::plus));
        return regions;
    }

    private static void compare(String key, PortfolioFigures expected, PortfolioFigures actual,
                                List<Difference> differences) {
        add(key, "projects", expected.projects(), actual.projects(), differences);
        add(key, "partnerFunding", expected.partnerChf(), actual.partnerChf(), differences);
        add(key, "ituFunding", expected.ituChf(), actual.ituChf(), differences);
    }

    private static void add(String key, String figure, Object expected, Object actual, List<Difference> differences) {
        if (!Objects.equals(expected, actual)) {
            differences.add(new Difference(AGGREGATE, key, figure, expected.toString(), actual.toString()));
        }
    }

    private static PortfolioFigures figures(ProjectFigures project) {
        return project == null ? PortfolioFigures.NONE : project.figures();
    }

    private static PortfolioFigures figures(LedgerAmounts amounts) {
        return new PortfolioFigures(amounts.projects(), amounts.partnerChf(), amounts.ituChf());
    }

    private static <T> Map<String, List<T>> byProject(List<T> facts, Function<T, String> project) {
        return facts.stream().collect(Collectors.groupingBy(project));
    }
}
