package org.itu.bdt.portfolio.projects.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of PUT /api/projects/{projectNumber}: every editable field; a missing status keeps the current one, a
 * missing list or field is emptied. The project number may be repeated, as a whole record carries it, but not changed.
 */
public record ProjectChanges(
        String projectNumber,
        @NotBlank @Size(max = 300) String title,
        @NotNull Region region,
        @NotNull Scope scope,
        @Pattern(regexp = ProjectFormats.REGIONAL_INITIATIVE, message = ProjectFormats.REGIONAL_INITIATIVE_MESSAGE)
        String regionalInitiative,
        @Size(max = ProjectFormats.LIST_MAX) List<String> regionalInitiatives,
        LocalDate signedOn,
        LocalDate startDate,
        LocalDate endDate,
        ProjectStatus status,
        @Size(max = ProjectFormats.DESCRIPTION_MAX) String description,
        @Size(max = ProjectFormats.LIST_MAX) List<String> recipientCountries,
        @Size(max = ProjectFormats.NAME_MAX) String projectManager,
        @Size(max = ProjectFormats.NAME_MAX) String implementingOffice,
        LocalDate plannedStartDate,
        LocalDate plannedEndDate,
        LocalDate actualStartDate,
        LocalDate actualEndDate,
        @Size(max = ProjectFormats.LIST_MAX) List<ProjectDocument> documents) implements ProjectInput {
}
