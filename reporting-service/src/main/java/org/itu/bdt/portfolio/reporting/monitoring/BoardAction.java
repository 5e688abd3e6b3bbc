package org.itu.bdt.portfolio.reporting.monitoring;

import java.time.LocalDate;

/** A Project Board follow-up action: open from its meeting's date until it is completed. */
public record BoardAction(long actionId, String projectNumber, LocalDate openedOn, LocalDate dueOn, String status,
                          LocalDate completedOn) {

    public boolean openAt(LocalDate date) {
        return openedOn != null && !openedOn.isAfter(date) && (completedOn == null || completedOn.isAfter(date));
    }

    public boolean overdueAt(LocalDate date) {
        return openAt(date) && dueOn != null && dueOn.isBefore(date);
    }
}
