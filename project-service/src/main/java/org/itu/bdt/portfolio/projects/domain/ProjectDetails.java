package org.itu.bdt.portfolio.projects.domain;

import java.time.LocalDate;

/** The editable facts of a project: everything but its number and version. */
public record ProjectDetails(
        String title,
        Region region,
        Scope scope,
        String regionalInitiative,
        LocalDate signedOn,
        LocalDate startDate,
        LocalDate endDate,
        ProjectStatus status) {

    public ProjectDetails {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidProjectException("endDate", "must not be before startDate " + startDate);
        }
    }

    public ProjectDetails withStatusIfAbsent(ProjectStatus fallback) {
        return status != null ? this
                : new ProjectDetails(title, region, scope, regionalInitiative, signedOn, startDate, endDate, fallback);
    }
}
