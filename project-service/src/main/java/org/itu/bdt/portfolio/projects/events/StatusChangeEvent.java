package org.itu.bdt.portfolio.projects.events;

import org.itu.bdt.portfolio.projects.domain.ProjectStatus;
import org.itu.bdt.portfolio.projects.domain.StatusChange;
import org.itu.bdt.portfolio.projects.domain.TransitionCause;

import java.time.LocalDate;

/** The data of ProjectStatusChanged: one step of a project's history. */
public record StatusChangeEvent(
        String projectNumber,
        ProjectStatus from,
        ProjectStatus to,
        LocalDate changedOn,
        String reason,
        String actor,
        String cause,
        long revision,
        boolean imported) {

    static StatusChangeEvent of(StatusChange change) {
        return new StatusChangeEvent(change.projectNumber(), change.from(), change.to(), change.changedOn(),
                change.reason(), change.actor(), change.cause().name(), change.revision(),
                change.cause() == TransitionCause.IMPORT);
    }
}
