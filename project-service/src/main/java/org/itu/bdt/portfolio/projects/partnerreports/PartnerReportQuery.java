package org.itu.bdt.portfolio.projects.partnerreports;

/** Filters of the partner-report list; a null filter lets everything through. */
public record PartnerReportQuery(Status status, String partnerId, String projectManager, String projectNumber) {

    /** DUE includes OVERDUE: both are past their due date and not submitted. */
    public enum Status {
        DUE, UPCOMING, OVERDUE, SUBMITTED
    }
}
