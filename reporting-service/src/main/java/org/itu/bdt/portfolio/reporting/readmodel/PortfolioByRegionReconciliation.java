package org.itu.bdt.portfolio.reporting.readmodel;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.reporting.ledger.LedgerAmounts;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.ledger.ProjectContributions;
import org.itu.bdt.portfolio.reporting.ledger.ProjectContributions.ProjectFigures;
import org.itu.bdt.portfolio.reporting.ledger.Region;
import org.itu.bdt.portfolio.reporting.ledger.RegionFigures;
import org.itu.bdt.portfolio.reporting.ledger.RegionLedger;

import java.util.EnumMap;
import java.util.Map;

/**
 * Figure 1 against the sources: each project's contribution from its facts against its source figures counted by
 * the same rules, then each region's ledger sums against the sources' sums. The read model's projects and the
 * sources' are walked together in project-number order, a page of each at a time (a merge by project number): only
 * the regions' sums are kept. First of the aggregates (the higher priority), so that its walk of the read model also
 * gives the breakdowns' sums.
 */
@ApplicationScoped
@Priority(1)
public class PortfolioByRegionReconciliation implements ReconciledAggregate {

    static final String AGGREGATE = "portfolio-by-region";

    private final RegionLedger ledger;
    private final ProjectContributions contributions;

    PortfolioByRegionReconciliation(RegionLedger ledger, ProjectContributions contributions) {
        this.ledger = ledger;
        this.contributions = contributions;
    }

    @Override
    public void reconcile(SourcePortfolio sources, Differences found) {
        var expected = new SourceFigures(sources);
        Map<Region, PortfolioFigures> expectedRegions = new EnumMap<>(Region.class);
        contributions.walk(sources.asOf(), actual -> {
            while (expected.peek() != null && expected.peek().projectNumber().compareTo(actual.projectNumber()) < 0) {
                compare(expected.take(), null, expectedRegions, found);
            }
            boolean inBoth = expected.peek() != null && expected.peek().projectNumber().equals(actual.projectNumber());
            compare(inBoth ? expected.take() : null, actual, expectedRegions, found);
        });
        while (expected.peek() != null) {
            compare(expected.take(), null, expectedRegions, found);
        }
        for (RegionFigures region : ledger.asOf(sources.asOf()).regions()) {
            found.compare(AGGREGATE, region.region().name(),
                    expectedRegions.getOrDefault(region.region(), PortfolioFigures.NONE), region.figures());
        }
    }

    /** One project's figures on either side (null: not on it); the sources' count in their region's sums. */
    private static void compare(ProjectFigures expected, ProjectFigures actual, Map<Region, PortfolioFigures> regions,
                                Differences found) {
        if (expected != null) {
            regions.merge(expected.region(), figures(expected), PortfolioFigures::plus);
        }
        found.compareProject(AGGREGATE, (expected != null ? expected : actual).projectNumber(), figures(expected),
                figures(actual));
    }

    private static PortfolioFigures figures(ProjectFigures project) {
        if (project == null) {
            return PortfolioFigures.NONE;
        }
        LedgerAmounts amounts = project.amounts();
        return new PortfolioFigures(amounts.projects(), amounts.partnerChf(), amounts.ituChf());
    }
}
