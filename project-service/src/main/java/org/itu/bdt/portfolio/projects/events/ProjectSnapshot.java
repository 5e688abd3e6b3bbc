package org.itu.bdt.portfolio.projects.events;

import org.itu.bdt.portfolio.projects.domain.Project;
import org.itu.bdt.portfolio.projects.domain.ProjectDetails;
import org.itu.bdt.portfolio.projects.domain.ProjectStatus;
import org.itu.bdt.portfolio.projects.domain.Region;
import org.itu.bdt.portfolio.projects.domain.Scope;

import java.time.LocalDate;

/** The data of ProjectRegistered and ProjectUpdated: the whole project as of {@code revision}. */
public record ProjectSnapshot(
        String projectNumber,
        String title,
        Region region,
        Scope scope,
        String regionalInitiative,
        LocalDate signedOn,
        LocalDate startDate,
        LocalDate endDate,
        ProjectStatus status,
        long revision,
        LocalDate statusSince,
        String iatiActivityStatus,
        boolean imported) {

    static ProjectSnapshot of(Project project) {
        ProjectDetails details = project.details();
        return new ProjectSnapshot(project.projectNumber(), details.title(), details.region(), details.scope(),
                details.regionalInitiative(), details.signedOn(), details.startDate(), details.endDate(),
                details.status(), project.version(), project.statusSince(), project.status().iatiActivityStatus(),
                project.imported());
    }
}
