package org.itu.bdt.portfolio.reporting.readmodel;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * What the source services say the portfolio was on a date: their projects and their funding totals, each in
 * project-number order and asked for a page at a time as a walk goes, so that a walk holds one page of each.
 */
public final class SourcePortfolio {

    private final LocalDate asOf;
    private final Supplier<Iterator<SourceProject>> projects;
    private final Supplier<Iterator<SourceFunding>> funding;

    SourcePortfolio(LocalDate asOf, Supplier<Iterator<SourceProject>> projects,
                    Supplier<Iterator<SourceFunding>> funding) {
        this.asOf = asOf;
        this.projects = projects;
        this.funding = funding;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** A walk over project-service's projects; each call starts a new one. */
    public Iterator<SourceProject> projects() {
        return projects.get();
    }

    /** A walk over funding-service's totals on the date; each call starts a new one. */
    public Iterator<SourceFunding> funding() {
        return funding.get();
    }
}
