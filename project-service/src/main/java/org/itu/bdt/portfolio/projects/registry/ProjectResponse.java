package org.itu.bdt.portfolio.projects.registry;

import java.time.LocalDate;
import java.util.List;

public record ProjectResponse(
        String projectNumber,
        String title,
        Region region,
        Scope scope,
        String regionalInitiative,
        List<RegionalInitiative> regionalInitiatives,
        LocalDate signedOn,
        LocalDate startDate,
        LocalDate endDate,
        ProjectStatus status,
        LocalDate statusSince,
        String iatiActivityStatus,
        boolean imported,
        String description,
        List<String> recipientCountries,
        String projectManager,
        String implementingOffice,
        LocalDate plannedStartDate,
        LocalDate plannedEndDate,
        LocalDate actualStartDate,
        LocalDate actualEndDate,
        List<ProjectDocument> documents,
        long version) {

    static ProjectResponse of(Project project) {
        ProjectDetails details = project.details();
        ProjectProfile profile = details.profile();
        ActivityDates dates = profile.activityDates();
        return new ProjectResponse(project.projectNumber(), details.title(), details.region(), details.scope(),
                details.regionalInitiative(),
                details.regionalInitiatives().stream().map(RegionalInitiatives::withLabel).toList(),
                details.signedOn(), details.startDate(), details.endDate(),
                details.status(), project.statusSince(), project.status().iatiActivityStatus(), project.imported(),
                profile.description(), profile.recipientCountries(), profile.projectManager(),
                profile.implementingOffice(), dates.plannedStartDate(), dates.plannedEndDate(),
                dates.actualStartDate(), dates.actualEndDate(), profile.documents(), project.version());
    }
}
