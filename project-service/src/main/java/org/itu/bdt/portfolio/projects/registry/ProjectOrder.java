package org.itu.bdt.portfolio.projects.registry;

/** One key of a project list's order; the list always ends by project number, so pages are stable. */
public record ProjectOrder(SortKey key, boolean descending) {

    /** The fields a list may be sorted by, named as in the API and the entity alike. */
    public enum SortKey {
        projectNumber, title, region, status, signedOn, startDate, endDate, statusSince
    }
}
