package org.itu.bdt.portfolio.projects.lifecycle;

import org.itu.bdt.portfolio.projects.registry.ProjectStatus;

import java.time.Instant;
import java.time.LocalDate;

public record StatusChangeResponse(
        ProjectStatus from,
        ProjectStatus to,
        LocalDate changedOn,
        Instant recordedAt,
        TransitionCause cause,
        String actor,
        String reason,
        long revision) {

    /** A step with its reason as the caller may read it. */
    static StatusChangeResponse of(StatusChange change, String reason) {
        return new StatusChangeResponse(change.from(), change.to(), change.changedOn(), change.recordedAt(),
                change.cause(), change.actor(), reason, change.revision());
    }
}
