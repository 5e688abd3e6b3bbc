package org.itu.bdt.portfolio.projects.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.itu.bdt.portfolio.projects.registry.ProjectFormats;

/**
 * Body of POST /api/board/requests: what a project manager asks the board for. The schema keeps the name the
 * published OpenAPI document gives it.
 */
@Schema(name = "BoardRequestBody")
public record BoardFilingRequest(
        @NotNull AgendaItemKind kind,
        @NotNull @Pattern(regexp = ProjectFormats.PROJECT_NUMBER, message = ProjectFormats.PROJECT_NUMBER_MESSAGE)
        String projectNumber,
        @NotBlank @Size(max = 2000) String summary,
        @NotBlank @Size(max = 200) String requestedBy) {
}
