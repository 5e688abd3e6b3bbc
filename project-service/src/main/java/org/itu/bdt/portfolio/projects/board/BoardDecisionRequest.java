package org.itu.bdt.portfolio.projects.board;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Body of POST /api/board/meetings/{meetingNumber}/decisions; actions are optional. */
public record BoardDecisionRequest(
        @NotNull Long itemId,
        @NotNull BoardOutcome outcome,
        @NotBlank @Size(max = 2000) String text,
        @Size(max = 20) List<@NotNull @Valid Action> actions) {

    public record Action(
            @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 200) String owner,
            @NotNull LocalDate dueOn) {
    }

    List<BoardActionTerms> actionTerms() {
        return actions == null ? List.of()
                : actions.stream().map(action -> new BoardActionTerms(action.description(), action.owner(),
                action.dueOn())).toList();
    }
}
