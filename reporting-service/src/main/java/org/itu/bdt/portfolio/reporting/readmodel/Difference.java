package org.itu.bdt.portfolio.reporting.readmodel;

import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;

import java.util.List;
import java.util.Objects;

/**
 * One figure of one aggregate that the read model and the sources disagree on.
 *
 * @param aggregate the report's aggregate, e.g. portfolio-by-region
 * @param key       which part of it: a region, or a project
 * @param figure    projects, partnerFunding or ituFunding
 * @param expected  the figure from the sources, counted by the reports' rules
 * @param actual    the figure in the read model
 */
public record Difference(String aggregate, String key, String figure, String expected, String actual) {

    /** Adds a difference for each of the three figures on which {@code expected} and {@code actual} disagree. */
    static void compare(String aggregate, String key, PortfolioFigures expected, PortfolioFigures actual,
                        List<Difference> differences) {
        add(aggregate, key, "projects", expected.projects(), actual.projects(), differences);
        add(aggregate, key, "partnerFunding", expected.partnerChf(), actual.partnerChf(), differences);
        add(aggregate, key, "ituFunding", expected.ituChf(), actual.ituChf(), differences);
    }

    private static void add(String aggregate, String key, String figure, Object expected, Object actual,
                            List<Difference> differences) {
        if (!Objects.equals(expected, actual)) {
            differences.add(new Difference(aggregate, key, figure, expected.toString(), actual.toString()));
        }
    }
}
