package org.itu.bdt.portfolio.projects.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.kit.messaging.Outbox;
import org.itu.bdt.portfolio.projects.board.BoardAction;
import org.itu.bdt.portfolio.projects.board.BoardActionService;
import org.itu.bdt.portfolio.projects.board.BoardDecisions;

/**
 * Records the board's events in the outbox, keyed by project number, in the transaction of the decision or the
 * completion: BoardDecisionRecorded, then one BoardActionChanged per action it opened; BoardActionChanged on completion.
 */
@ApplicationScoped
public class BoardEvents {

    private final Outbox outbox;
    private final String topic;

    BoardEvents(Outbox outbox, @ConfigProperty(name = "portfolio.projects.topic") String topic) {
        this.outbox = outbox;
        this.topic = topic;
    }

    void decisionRecorded(@Observes BoardDecisions.DecisionRecorded recorded) {
        BoardDecisionEvent event = BoardDecisionEvent.of(recorded);
        outbox.append(topic, event.projectNumber(), EventTypeNames.BOARD_DECISION_RECORDED, event);
        recorded.actions().forEach(this::actionChanged);
    }

    void actionCompleted(@Observes BoardActionService.ActionChanged changed) {
        actionChanged(changed.action());
    }

    private void actionChanged(BoardAction action) {
        outbox.append(topic, action.projectNumber(), EventTypeNames.BOARD_ACTION_CHANGED, BoardActionEvent.of(action));
    }
}
