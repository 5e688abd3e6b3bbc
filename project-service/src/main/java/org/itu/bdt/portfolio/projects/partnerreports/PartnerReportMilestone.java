package org.itu.bdt.portfolio.projects.partnerreports;

/** Fired inside the transaction that reached a step of a partner report, so that its event joins the same commit. */
public record PartnerReportMilestone(PartnerReport report, Step step) {

    public enum Step {
        DUE, OVERDUE, SUBMITTED, SENT, ACKNOWLEDGED
    }
}
