package org.itu.bdt.portfolio.projects.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A decision with the item it settles and the actions it set. */
public record BoardDecisionResponse(long decisionId, String meetingNumber, long itemId, int itemNumber,
                                    AgendaItemKind kind, String projectNumber, BoardOutcome outcome, String text,
                                    Instant recordedAt, List<BoardActionResponse> actions) {

    static BoardDecisionResponse of(BoardDecision decision, List<BoardAction> actions, LocalDate today) {
        BoardAgendaItem item = decision.item();
        return new BoardDecisionResponse(decision.id(), item.meetingNumber(), item.id(), item.number(), item.kind(),
                item.projectNumber(), decision.outcome(), decision.text(), decision.recordedAt(),
                actions.stream().map(action -> BoardActionResponse.of(action, today)).toList());
    }
}
