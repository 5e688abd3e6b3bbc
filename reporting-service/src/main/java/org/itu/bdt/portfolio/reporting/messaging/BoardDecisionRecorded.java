package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.monitoring.BoardAction;

import java.time.LocalDate;
import java.util.List;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/** Data of BoardDecisionRecorded, reduced to the actions it opened and the meeting date they open on. */
record BoardDecisionRecorded(String projectNumber, LocalDate meetingDate, List<BoardActionChanged> actions) {

    List<BoardAction> toFacts() {
        LocalDate openedOn = required(meetingDate, "meetingDate");
        return actions == null ? List.of() : actions.stream().map(action -> action.toFact(openedOn)).toList();
    }
}
