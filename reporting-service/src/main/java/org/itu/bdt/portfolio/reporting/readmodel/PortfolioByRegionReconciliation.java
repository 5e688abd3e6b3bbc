package org.itu.bdt.portfolio.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.reporting.ledger.LedgerAmounts;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.ledger.ProjectContributions;
import org.itu.bdt.portfolio.reporting.ledger.ProjectStatus;
import org.itu.bdt.portfolio.reporting.ledger.Region;
import org.itu.bdt.portfolio.reporting.ledger.RegionFigures;
import org.itu.bdt.portfolio.reporting.ledger.RegionLedger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Figure 1 against the sources: each project's contribution from its facts against its source figures counted by
 * the same rules, then each region's ledger sums against the sources' sums.
 */
@ApplicationScoped
public class PortfolioByRegionReconciliation implements ReconciledAggregate {

    static final String AGGREGATE = "portfolio-by-region";

    private final RegionLedger ledger;
    private final ProjectContributions contributions;

    PortfolioByRegionReconciliation(RegionLedger ledger, ProjectContributions contributions) {
        this.ledger = ledger;
        this.contributions = contributions;
    }

    @Override
    public List<Difference> differences(SourcePortfolio sources) {
        Map<String, ProjectFigures> expected = expected(sources);
        Map<String, ProjectFigures> actual = actual(sources.asOf());
        List<Difference> differences = new ArrayList<>();
        var projects = new TreeSet<>(expected.keySet());
        projects.addAll(actual.keySet());
        for (String project : projects) {
            Difference.compare(AGGREGATE, "project " + project, figures(expected.get(project)),
                    figures(actual.get(project)), differences);
        }
        Map<Region, PortfolioFigures> expectedRegions = byRegion(expected);
        for (RegionFigures region : ledger.asOf(sources.asOf()).regions()) {
            Difference.compare(AGGREGATE, region.region().name(),
                    expectedRegions.getOrDefault(region.region(), PortfolioFigures.NONE),
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
    private Map<String, ProjectFigures> actual(LocalDate asOf) {
        Map<String, ProjectFigures> actual = new TreeMap<>();
        contributions.asOf(asOf).byProject().forEach((project, figures) ->
                actual.put(project, new ProjectFigures(figures.region(), figures(figures.amounts()))));
        return actual;
    }

    private static Map<Region, PortfolioFigures> byRegion(Map<String, ProjectFigures> projects) {
        Map<Region, PortfolioFigures> regions = new EnumMap<>(Region.class);
        projects.values()
                .forEach(project -> regions.merge(project.region(), project.figures(), PortfolioFigures::plus));
        return regions;
    }

    private static PortfolioFigures figures(ProjectFigures project) {
        return project == null ? PortfolioFigures.NONE : project.figures();
    }

    private static PortfolioFigures figures(LedgerAmounts amounts) {
        return new PortfolioFigures(amounts.projects(), amounts.partnerChf(), amounts.ituChf());
    }
}
