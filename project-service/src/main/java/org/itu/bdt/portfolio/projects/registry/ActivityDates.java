package org.itu.bdt.portfolio.projects.registry;

import org.itu.bdt.portfolio.kit.problem.DateBounds;

import java.time.LocalDate;

/**
 * IATI activity dates: type 1 planned start, 3 planned end, 2 actual start, 4 actual end. Every date of a project's
 * record lies in the years 1900 to 9999: {@code -999999999-01-01} is an ISO date, but PostgreSQL cannot store it.
 */
public record ActivityDates(LocalDate plannedStartDate, LocalDate plannedEndDate,
                            LocalDate actualStartDate, LocalDate actualEndDate) {

    public static final ActivityDates NONE = new ActivityDates(null, null, null, null);

    public ActivityDates {
        requireInRange("plannedStartDate", plannedStartDate);
        requireInRange("plannedEndDate", plannedEndDate);
        requireInRange("actualStartDate", actualStartDate);
        requireInRange("actualEndDate", actualEndDate);
        requireOrder("plannedStartDate", plannedStartDate, "plannedEndDate", plannedEndDate);
        requireOrder("actualStartDate", actualStartDate, "actualEndDate", actualEndDate);
    }

    static void requireInRange(String field, LocalDate date) {
        if (date != null && !DateBounds.inRange(date)) {
            throw new InvalidProjectException(field, DateBounds.DATE_IN_RANGE);
        }
    }

    static void requireOrder(String startField, LocalDate start, String endField, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidProjectException(endField, "must not be before " + startField + " " + start);
        }
    }
}
