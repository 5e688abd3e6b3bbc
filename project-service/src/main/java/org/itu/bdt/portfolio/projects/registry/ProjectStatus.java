package org.itu.bdt.portfolio.projects.registry;

/** A project's place in its lifecycle, with the IATI ActivityStatus code it is published under. */
public enum ProjectStatus {
    PROPOSED("1"),
    APPROVED("1"),
    ONGOING("2"),
    OPERATIONALLY_CLOSED("3"),
    FINANCIALLY_CLOSED("4"),
    REJECTED("5"),
    CANCELLED("5"),
    SUSPENDED("6");

    private final String iatiActivityStatus;

    ProjectStatus(String iatiActivityStatus) {
        this.iatiActivityStatus = iatiActivityStatus;
    }

    /** IATI 2.03 ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended. */
    public String iatiActivityStatus() {
        return iatiActivityStatus;
    }
}
