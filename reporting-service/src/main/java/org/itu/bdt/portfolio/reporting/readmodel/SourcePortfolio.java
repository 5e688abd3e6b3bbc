package org.itu.bdt.portfolio.reporting.readmodel;

import java.time.LocalDate;
import java.util.Map;

/** What the source services say the portfolio was on a date, per project. */
public record SourcePortfolio(LocalDate asOf, Map<String, SourceProject> projects, Map<String, SourceFunding> funding) {

    public SourcePortfolio {
        projects = Map.copyOf(projects);
        funding = Map.copyOf(funding);
    }
}
