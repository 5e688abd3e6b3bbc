package org.itu.bdt.portfolio.projects.partnerreports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of reporting deadlines. Every due date is counted from one anchor (the signature, or the last
 * deadline kept when the interval changed), never from the previous due date: 31 August + 6 months is the end of
 * February, and + 12 months is 31 August again, not the 28th.
 */
public final class PartnerReportCalendar {

    public static final int SHORTEST_INTERVAL = 6;
    public static final int LONGEST_INTERVAL = 12;
    /** A final report covers the last months up to the operational closure and is due this long after it. */
    static final int FINAL_REPORT_MONTHS = 3;

    private PartnerReportCalendar() {
    }

    /** One reporting period and the date its report is due: the day after the period ends. */
    public record Deadline(int sequence, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn) {
    }

    public static boolean allowedInterval(int months) {
        return months >= SHORTEST_INTERVAL && months <= LONGEST_INTERVAL;
    }

    /**
     * The deadlines after {@code anchor}, numbered from {@code firstSequence}, every {@code intervalMonths}: all those
     * due up to {@code horizon}, and the first one after it, so that a schedule always knows its next deadline.
     */
    public static List<Deadline> deadlines(LocalDate anchor, int firstSequence, int intervalMonths, LocalDate horizon) {
        if (!allowedInterval(intervalMonths)) {
            throw new IllegalArgumentException("interval of " + intervalMonths + " months");
        }
        List<Deadline> deadlines = new ArrayList<>();
        LocalDate periodStart = anchor;
        for (int step = 1; deadlines.isEmpty() || !periodStart.isAfter(horizon); step++) {
            LocalDate dueOn = anchor.plusMonths((long) step * intervalMonths);
            deadlines.add(new Deadline(firstSequence + step - 1, periodStart, dueOn.minusDays(1), dueOn));
            periodStart = dueOn;
        }
        return deadlines;
    }

    /** The report of the months from {@code periodStart} to the closure, unless no day is left uncovered. */
    public static List<Deadline> finalReport(int sequence, LocalDate periodStart, LocalDate closedOn) {
        if (periodStart.isAfter(closedOn)) {
            return List.of();
        }
        return List.of(new Deadline(sequence, periodStart, closedOn, closedOn.plusMonths(FINAL_REPORT_MONTHS)));
    }
}
