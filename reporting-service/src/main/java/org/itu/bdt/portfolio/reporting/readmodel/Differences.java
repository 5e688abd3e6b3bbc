package org.itu.bdt.portfolio.reporting.readmodel;

import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The differences a reconciliation finds, in the order found: every one counted, the per-key ones (a region, a
 * breakdown's key: as many as the keys) all listed, the per-project ones listed up to a bound. A read model that
 * lost events differs on as many projects as it lost: listing them all would grow with the portfolio (tens of
 * megabytes at 10⁵ projects), and the first ones and the count say what the rest would.
 */
public final class Differences {

    private final int projectsListed;
    private final List<Difference> listed = new ArrayList<>();
    private int projectDifferencesListed;
    private long found;

    Differences(int projectsListed) {
        this.projectsListed = projectsListed;
    }

    /** Adds a difference for each of the three figures of one key on which the two sides disagree. */
    void compare(String aggregate, String key, PortfolioFigures expected, PortfolioFigures actual) {
        add(aggregate, key, expected, actual, false);
    }

    /** The same for one project's figures, listed while the bound allows. */
    void compareProject(String aggregate, String projectNumber, PortfolioFigures expected, PortfolioFigures actual) {
        add(aggregate, "project " + projectNumber, expected, actual, true);
    }

    public List<Difference> listed() {
        return List.copyOf(listed);
    }

    /** All the differences found, listed or not. */
    public long found() {
        return found;
    }

    private void add(String aggregate, String key, PortfolioFigures expected, PortfolioFigures actual,
                     boolean ofProject) {
        add(aggregate, key, "projects", expected.projects(), actual.projects(), ofProject);
        add(aggregate, key, "partnerFunding", expected.partnerChf(), actual.partnerChf(), ofProject);
        add(aggregate, key, "ituFunding", expected.ituChf(), actual.ituChf(), ofProject);
    }

    private void add(String aggregate, String key, String figure, Object expected, Object actual, boolean ofProject) {
        if (Objects.equals(expected, actual)) {
            return;
        }
        found++;
        if (!ofProject || projectDifferencesListed++ < projectsListed) {
            listed.add(new Difference(aggregate, key, figure, expected.toString(), actual.toString()));
        }
    }
}
