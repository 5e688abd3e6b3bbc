package org.itu.bdt.portfolio.projects.messaging;

import org.itu.bdt.portfolio.projects.board.BoardAction;

import java.time.LocalDate;

/** The data of BoardActionChanged, and an action within BoardDecisionRecorded: the action as it now stands. */
public record BoardActionEvent(
        long actionId,
        long decisionId,
        String projectNumber,
        String description,
        String owner,
        LocalDate dueOn,
        BoardAction.Status status,
        LocalDate completedOn,
        String completionNote) {

    static BoardActionEvent of(BoardAction action) {
        return new BoardActionEvent(action.id(), action.decisionId(), action.projectNumber(), action.description(),
                action.owner(), action.dueOn(), action.status(), action.completedOn(), action.completionNote());
    }
}
