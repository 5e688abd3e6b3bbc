package org.itu.bdt.portfolio.reporting.readmodel;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** Reconciliation: the portfolio as the sources state it, against every aggregate of the read model. */
@ApplicationScoped
public class ReconciliationService {

    private final SourcePortfolioClient sources;
    private final List<ReconciledAggregate> aggregates;

    ReconciliationService(SourcePortfolioClient sources, @All List<ReconciledAggregate> aggregates) {
        this.sources = sources;
        this.aggregates = aggregates;
    }

    /** Every difference as of the date, the per-project ones listed up to {@code projectsListed}; none: reconciled. */
    public Differences differences(LocalDate asOf, int projectsListed) {
        SourcePortfolio portfolio = sources.portfolio(asOf);
        Differences found = new Differences(projectsListed);
        aggregates.forEach(aggregate -> aggregate.reconcile(portfolio, found));
        return found;
    }
}
