package org.itu.bdt.portfolio.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.reporting.ledger.BreakdownLedger;
import org.itu.bdt.portfolio.reporting.ledger.Dimension;
import org.itu.bdt.portfolio.reporting.ledger.LedgerAmounts;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.ledger.ProjectContributions;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The breakdowns (by status, partner, funding source, initiative, country, signature year) against the projects'
 * own figures: each key's ledger sums against the sum of the contributions worked out again from the facts. The
 * facts are the ones Figure 1's reconciliation checks against the sources, project by project; so a breakdown that
 * agrees with them agrees with the sources, and one that drifted from them is listed here.
 */
@ApplicationScoped
public class PortfolioBreakdownReconciliation implements ReconciledAggregate {

    private final BreakdownLedger ledger;
    private final ProjectContributions contributions;

    PortfolioBreakdownReconciliation(BreakdownLedger ledger, ProjectContributions contributions) {
        this.ledger = ledger;
        this.contributions = contributions;
    }

    @Override
    public void reconcile(SourcePortfolio sources, Differences found) {
        ProjectContributions.Expected figures = contributions.asOf(sources.asOf());
        for (Dimension dimension : EnumSet.complementOf(EnumSet.of(Dimension.REGION))) {
            Map<String, PortfolioFigures> expected = expected(figures.of(dimension));
            Map<String, PortfolioFigures> actual = ledger.asOf(dimension, sources.asOf());
            var keys = new TreeSet<>(expected.keySet());
            keys.addAll(actual.keySet());
            for (String key : keys) {
                found.compare(dimension.reportName(), key, expected.getOrDefault(key, PortfolioFigures.NONE),
                        actual.getOrDefault(key, PortfolioFigures.NONE));
            }
        }
    }

    private static Map<String, PortfolioFigures> expected(Map<String, LedgerAmounts> byKey) {
        Map<String, PortfolioFigures> expected = new HashMap<>();
        byKey.forEach((key, amounts) -> expected.put(key,
                new PortfolioFigures(amounts.projects(), amounts.partnerChf(), amounts.ituChf())));
        expected.values().removeIf(PortfolioFigures.NONE::equals);
        return expected;
    }
}
