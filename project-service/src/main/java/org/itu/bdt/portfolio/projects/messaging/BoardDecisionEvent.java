package org.itu.bdt.portfolio.projects.messaging;

import org.itu.bdt.portfolio.projects.board.AgendaItemKind;
import org.itu.bdt.portfolio.projects.board.BoardAgendaItem;
import org.itu.bdt.portfolio.projects.board.BoardDecisions;
import org.itu.bdt.portfolio.projects.board.BoardOutcome;

import java.time.LocalDate;
import java.util.List;

/** The data of BoardDecisionRecorded: the decision, the item it settles, and the actions it set. */
public record BoardDecisionEvent(
        long decisionId,
        String meetingNumber,
        LocalDate meetingDate,
        long itemId,
        int itemNumber,
        AgendaItemKind itemKind,
        String projectNumber,
        String reference,
        BoardOutcome outcome,
        String text,
        List<BoardActionEvent> actions) {

    static BoardDecisionEvent of(BoardDecisions.DecisionRecorded recorded) {
        BoardAgendaItem item = recorded.decision().item();
        return new BoardDecisionEvent(recorded.decision().id(), recorded.meeting().meetingNumber(),
                recorded.meeting().meetingDate(), item.id(), item.number(), item.kind(), item.projectNumber(),
                item.reference(), recorded.decision().outcome(), recorded.decision().text(),
                recorded.actions().stream().map(BoardActionEvent::of).toList());
    }
}
