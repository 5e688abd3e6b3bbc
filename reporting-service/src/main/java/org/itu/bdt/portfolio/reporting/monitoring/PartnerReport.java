package org.itu.bdt.portfolio.reporting.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one partner funds, as it stood on a date: per project and agreement the amounts signed, in effect and
 * received, the project's status, the reporting schedule and the latest submitted report's risks and challenges.
 */
public record PartnerReport(String partnerId, String partnerName, LocalDate asOf, List<Project> projects,
                            Total total) {

    public record Project(String projectNumber, String title, String region, String status,
                          List<Agreement> agreements) {
    }

    /**
     * One agreement; received CHF is converted at the agreement's own rate (the rate of its signature month), the
     * same rate as its signed CHF amount.
     */
    public record Agreement(String agreementNumber, String kind, String fundingSource, LocalDate signedOn,
                            LocalDate cancelledOn, String currency, BigDecimal rate, String rateSource,
                            Amounts signed, Amounts inEffect, Amounts received, Schedule schedule,
                            SubmittedReport latestReport) {
    }

    /** An amount in the agreement's currency and in CHF; chf is null when it is not known. */
    public record Amounts(BigDecimal amount, BigDecimal chf) {
    }

    public record Schedule(Integer intervalMonths, LocalDate nextDueOn, LocalDate endedOn,
                           List<OverdueReport> overdueReports) {
    }

    public record OverdueReport(String reportId, String projectNumber, String agreementNumber, LocalDate dueOn,
                                LocalDate overdueSince) {

        static OverdueReport of(OwedReport report) {
            return new OverdueReport(report.reportId(), report.projectNumber(), report.agreementNumber(),
                    report.dueOn(), report.overdueSince());
        }
    }

    public record SubmittedReport(String reportId, LocalDate submittedOn, String challenges,
                                  List<ReportedRisk> risks) {
    }

    public record Total(long projects, long agreements, BigDecimal signedChf, BigDecimal inEffectChf,
                        BigDecimal receivedChf) {
    }
}
