package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The configured terms of partner reporting and what "today" is. A report is due from its due date until submitted,
 * and overdue once more than the grace period has passed after its due date; upcoming when due within the window.
 */
@ApplicationScoped
public class PartnerReportTerms {

    private final Clock clock;
    private final int defaultIntervalMonths;
    private final int graceDays;
    private final int upcomingDays;
    private final Optional<LocalDate> trackedFrom;

    PartnerReportTerms(Clock clock,
                       @ConfigProperty(name = "portfolio.partner-reports.default-interval-months") int defaultIntervalMonths,
                       @ConfigProperty(name = "portfolio.partner-reports.grace-days") int graceDays,
                       @ConfigProperty(name = "portfolio.partner-reports.upcoming-days") int upcomingDays,
                       @ConfigProperty(name = "portfolio.partner-reports.tracked-from") Optional<LocalDate> trackedFrom) {
        if (!PartnerReportCalendar.allowedInterval(defaultIntervalMonths)) {
            throw new IllegalArgumentException("portfolio.partner-reports.default-interval-months must be from 6 to 12");
        }
        this.clock = clock;
        this.defaultIntervalMonths = defaultIntervalMonths;
        this.graceDays = graceDays;
        this.upcomingDays = upcomingDays;
        this.trackedFrom = trackedFrom;
    }

    /**
     * Whether a deadline is the registry's to track: one due before the tracked-from date (the day the registry took
     * over an existing portfolio) was settled, or not, outside it, and is neither listed nor announced.
     */
    boolean tracks(LocalDate dueOn) {
        return trackedFrom.map(from -> !dueOn.isBefore(from)).orElse(true);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    int defaultIntervalMonths() {
        return defaultIntervalMonths;
    }

    /** The last due date a report can have and already be overdue on {@code day}. */
    LocalDate overdueIfDueBefore(LocalDate day) {
        return day.minusDays(graceDays);
    }

    LocalDate upcomingUntil(LocalDate day) {
        return day.plusDays(upcomingDays);
    }

    /** The day a report due on {@code dueOn} and still not submitted becomes overdue. */
    public LocalDate overdueFrom(LocalDate dueOn) {
        return dueOn.plusDays(graceDays + 1L);
    }

    public PartnerReportState stateOf(PartnerReport report, LocalDate today) {
        if (report.sentOn() != null) {
            return PartnerReportState.SENT;
        }
        if (report.submitted()) {
            return PartnerReportState.SUBMITTED;
        }
        if (!today.isBefore(overdueFrom(report.dueOn()))) {
            return PartnerReportState.OVERDUE;
        }
        if (!today.isBefore(report.dueOn())) {
            return PartnerReportState.DUE;
        }
        return report.dueOn().isAfter(upcomingUntil(today)) ? PartnerReportState.SCHEDULED : PartnerReportState.UPCOMING;
    }
}
