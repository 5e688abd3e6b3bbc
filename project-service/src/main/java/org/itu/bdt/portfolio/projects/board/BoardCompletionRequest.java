package org.itu.bdt.portfolio.projects.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /api/board/actions/{actionId}/completion: how the action was done. */
public record BoardCompletionRequest(@NotBlank @Size(max = 2000) String note) {
}
