package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.monitoring.BoardAction;

import java.time.LocalDate;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/** Data of BoardActionChanged: a follow-up action as it now stands. */
record BoardActionChanged(Long actionId, String projectNumber, LocalDate dueOn, String status,
                          LocalDate completedOn) {

    /** The action with the date it opened on, when known (the decision's meeting); null from this event alone. */
    BoardAction toFact(LocalDate openedOn) {
        return new BoardAction(required(actionId, "actionId"), required(projectNumber, "projectNumber"), openedOn,
                dueOn, required(status, "status"), completedOn);
    }
}
