package org.itu.bdt.portfolio.reporting.readmodel;

/**
 * An aggregate of the read model that reconciliation checks against the sources. Each report's aggregate adds
 * an implementation (a CDI bean); reconciliation runs them all.
 */
public interface ReconciledAggregate {

    /** Compares the aggregate with the sources, adding what disagrees to {@code found}. */
    void reconcile(SourcePortfolio sources, Differences found);
}
