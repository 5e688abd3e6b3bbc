package org.itu.bdt.portfolio.projects.partnerreports;

import java.util.List;

/**
 * Fired inside the transaction that created a schedule, moved or added its deadlines, or ended it, so that its
 * announcement joins the same commit; {@code open} are the deadlines not submitted.
 */
public record PartnerReportScheduleChanged(PartnerReportSchedule schedule, List<PartnerReport> open) {
}
