package org.itu.bdt.portfolio.projects.board;

import java.time.LocalDate;

/** A request to the board; {@code outcome} and {@code decidedAt} (the meeting) once a decision settled it. */
public record BoardRequestResponse(long requestId, AgendaItemKind kind, String projectNumber, String summary,
                                   String requestedBy, LocalDate requestedOn, BoardRequest.Status status,
                                   BoardOutcome outcome, String decidedAt) {

    static BoardRequestResponse of(BoardRequest request) {
        return new BoardRequestResponse(request.id(), request.kind(), request.projectNumber(), request.summary(),
                request.requestedBy(), request.requestedOn(), request.status(), request.outcome(), request.decidedAt());
    }
}
