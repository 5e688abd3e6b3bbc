package org.itu.bdt.portfolio.projects.messaging;

import org.itu.bdt.portfolio.projects.registry.ActivityDates;
import org.itu.bdt.portfolio.projects.registry.Project;
import org.itu.bdt.portfolio.projects.registry.ProjectDetails;
import org.itu.bdt.portfolio.projects.registry.ProjectProfile;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;
import org.itu.bdt.portfolio.projects.registry.Region;
import org.itu.bdt.portfolio.projects.registry.RegionalInitiative;
import org.itu.bdt.portfolio.projects.registry.RegionalInitiatives;
import org.itu.bdt.portfolio.projects.registry.Scope;

import java.time.LocalDate;
import java.util.List;

/**
 * The data of ProjectRegistered and ProjectUpdated: the whole project as of {@code revision}, in the order of
 * docs/events.md (fields after {@code revision} were added later; consumers read their absence as null or empty).
 */
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
        String description,
        List<RegionalInitiative> regionalInitiatives,
        List<String> recipientCountries,
        String projectManager,
        String implementingOffice,
        LocalDate plannedStartDate,
        LocalDate plannedEndDate,
        LocalDate actualStartDate,
        LocalDate actualEndDate,
        LocalDate statusSince,
        String iatiActivityStatus,
        boolean imported) {

    static ProjectSnapshot of(Project project) {
        ProjectDetails details = project.details();
        ProjectProfile profile = details.profile();
        ActivityDates dates = profile.activityDates();
        return new ProjectSnapshot(project.projectNumber(), details.title(), details.region(), details.scope(),
                details.regionalInitiative(), details.signedOn(), details.startDate(), details.endDate(),
                details.status(), project.version(), profile.description(),
                details.regionalInitiatives().stream().map(RegionalInitiatives::withLabel).toList(),
                profile.recipientCountries(), profile.projectManager(), profile.implementingOffice(),
                dates.plannedStartDate(), dates.plannedEndDate(), dates.actualStartDate(), dates.actualEndDate(),
                project.statusSince(), project.status().iatiActivityStatus(), project.imported());
    }
}
