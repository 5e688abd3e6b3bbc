package org.itu.bdt.portfolio.projects.partnerreports;

/** Where a partner report stands on a given day. */
public enum PartnerReportState {
    /** Due later than the upcoming window. */
    SCHEDULED,
    /** Due within the upcoming window (30 days by default). */
    UPCOMING,
    /** Due today or earlier, not submitted, still within the grace period. */
    DUE,
    /** Not submitted and past its due date by more than the grace period. */
    OVERDUE,
    SUBMITTED,
    /** Submitted and sent to the partner. */
    SENT
}
