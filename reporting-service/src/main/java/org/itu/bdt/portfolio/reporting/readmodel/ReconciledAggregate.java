package org.itu.bdt.portfolio.reporting.readmodel;

import java.util.List;

/**
 * An aggregate of the read model that reconciliation checks against the sources. Each report's aggregate adds
 * an implementation (a CDI bean); reconciliation runs them all.
 */
public interface ReconciledAggregate {

    List<Difference> differences(SourcePortfolio sources);
}
