package org.itu.bdt.portfolio.projects.partnerreports;

/**
 * Filters of the partner-report list; a null filter lets everything through. {@code seenBy} is not asked for but
 * imposed: a partner's portal lists only the reports addressed to its partner.
 */
public record PartnerReportQuery(Status status, String partnerId, String projectManager, String projectNumber,
                                 String seenBy) {

    /** DUE includes OVERDUE: both are past their due date and not submitted. */
    public enum Status {
        DUE, UPCOMING, OVERDUE, SUBMITTED
    }
}
