package org.itu.bdt.portfolio.projects.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.itu.bdt.portfolio.projects.domain.ProjectDetails;
import org.itu.bdt.portfolio.projects.domain.ProjectStatus;
import org.itu.bdt.portfolio.projects.domain.Region;
import org.itu.bdt.portfolio.projects.domain.Scope;

import java.time.LocalDate;

/**
 * Body of POST /api/projects: a new project, PROPOSED; or, with a status, an existing project imported as it
 * stands, its status holding from statusSince (default: signedOn, else startDate, else today).
 */
public record ProjectRequest(
        @NotNull @Pattern(regexp = ProjectFormats.PROJECT_NUMBER, message = ProjectFormats.PROJECT_NUMBER_MESSAGE)
        String projectNumber,
        @NotBlank @Size(max = 300) String title,
        @NotNull Region region,
        @NotNull Scope scope,
        @Pattern(regexp = ProjectFormats.REGIONAL_INITIATIVE, message = ProjectFormats.REGIONAL_INITIATIVE_MESSAGE)
        String regionalInitiative,
        LocalDate signedOn,
        LocalDate startDate,
        LocalDate endDate,
        ProjectStatus status,
        LocalDate statusSince) {

    ProjectDetails details() {
        return new ProjectDetails(title, region, scope, regionalInitiative, signedOn, startDate, endDate, status);
    }
}
