package org.itu.bdt.portfolio.projects.board;

import java.time.LocalDate;

/** A follow-up action; {@code overdue} as of today. */
public record BoardActionResponse(long actionId, long decisionId, String projectNumber, String description,
                                  String owner, LocalDate dueOn, BoardAction.Status status, boolean overdue,
                                  LocalDate completedOn, String completionNote) {

    static BoardActionResponse of(BoardAction action, LocalDate today) {
        return new BoardActionResponse(action.id(), action.decisionId(), action.projectNumber(), action.description(),
                action.owner(), action.dueOn(), action.status(), action.overdueOn(today), action.completedOn(),
                action.completionNote());
    }
}
