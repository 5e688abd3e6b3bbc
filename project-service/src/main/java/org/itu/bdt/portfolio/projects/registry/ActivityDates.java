package org.itu.bdt.portfolio.projects.registry;

import java.time.LocalDate;

/** IATI activity dates: type 1 planned start, 3 planned end, 2 actual start, 4 actual end. */
public record ActivityDates(LocalDate plannedStartDate, LocalDate plannedEndDate,
                            LocalDate actualStartDate, LocalDate actualEndDate) {

    public static final ActivityDates NONE = new ActivityDates(null, null, null, null);

    public ActivityDates {
        requireOrder("plannedStartDate", plannedStartDate, "plannedEndDate", plannedEndDate);
        requireOrder("actualStartDate", actualStartDate, "actualEndDate", actualEndDate);
    }

    static void requireOrder(String startField, LocalDate start, String endField, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidProjectException(endField, "must not be before " + startField + " " + start);
        }
    }
}
