package org.itu.bdt.portfolio.projects.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;

import java.time.LocalDate;

/** Body of POST /api/projects/{projectNumber}/transitions; changedOn defaults to today. */
public record TransitionRequest(
        @NotNull ProjectStatus to,
        @NotBlank @Size(max = 2000) String reason,
        LocalDate changedOn) {
}
