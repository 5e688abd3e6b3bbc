package org.itu.bdt.portfolio.projects.lifecycle;

/** What made a project take a status; a lifecycle step is allowed only for its own cause. */
public enum TransitionCause {
    /** A new project, as proposed. */
    REGISTRATION,
    /** An existing portfolio loaded with its status as it stands. */
    IMPORT,
    /** A Project Board decision (approval, rejection, closure). */
    BOARD_DECISION,
    /** funding-service announced the project's first signed agreement. */
    AGREEMENT_SIGNED,
    /** A project support officer, through POST /api/projects/{projectNumber}/transitions. */
    MANUAL
}
