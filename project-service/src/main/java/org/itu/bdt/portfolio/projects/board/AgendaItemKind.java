package org.itu.bdt.portfolio.projects.board;

/** The four kinds of business the Project Board handles. */
public enum AgendaItemKind {
    /** A new project proposal awaiting approval. */
    NEW_PROPOSAL,
    /** A supplement (more funds, more time) to an ongoing project. */
    SUPPLEMENT,
    /** A request to close a project operationally. */
    CLOSURE,
    /** Guidance for a project with implementation problems (past its end date, partner reports overdue, ...). */
    GUIDANCE
}
