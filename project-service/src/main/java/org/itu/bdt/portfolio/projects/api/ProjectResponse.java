package org.itu.bdt.portfolio.projects.api;

import org.itu.bdt.portfolio.projects.domain.Project;
import org.itu.bdt.portfolio.projects.domain.ProjectDetails;
import org.itu.bdt.portfolio.projects.domain.ProjectStatus;
import org.itu.bdt.portfolio.projects.domain.Region;
import org.itu.bdt.portfolio.projects.domain.Scope;

import java.time.LocalDate;

public record ProjectResponse(
        String projectNumber,
        String title,
        Region region,
        Scope scope,
        String regionalInitiative,
        LocalDate signedOn,
        LocalDate startDate,
        LocalDate endDate,
        ProjectStatus status,
        LocalDate statusSince,
        String iatiActivityStatus,
        boolean imported,
        long version) {

    static ProjectResponse of(Project project) {
        ProjectDetails details = project.details();
        return new ProjectResponse(project.projectNumber(), details.title(), details.region(), details.scope(),
                details.regionalInitiative(), details.signedOn(), details.startDate(), details.endDate(),
                details.status(), project.statusSince(), project.status().iatiActivityStatus(), project.imported(),
                project.version());
    }
}
