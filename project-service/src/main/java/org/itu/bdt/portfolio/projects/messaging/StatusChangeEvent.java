package org.itu.bdt.portfolio.projects.messaging;

import org.itu.bdt.portfolio.projects.lifecycle.StatusChange;
import org.itu.bdt.portfolio.projects.lifecycle.TransitionCause;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;

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
