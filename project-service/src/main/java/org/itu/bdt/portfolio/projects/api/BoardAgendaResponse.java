package org.itu.bdt.portfolio.projects.api;

import org.itu.bdt.portfolio.projects.domain.AgendaEntry;
import org.itu.bdt.portfolio.projects.domain.BoardMeeting;

import java.time.LocalDate;
import java.util.List;

/** A meeting's agenda: DRAFT (items have no id and follow the sources) or ADOPTED (stored, frozen, decidable). */
public record BoardAgendaResponse(String meetingNumber, LocalDate meetingDate, String status, List<AgendaEntry> items) {

    static BoardAgendaResponse of(BoardMeeting meeting, List<AgendaEntry> items) {
        return new BoardAgendaResponse(meeting.meetingNumber(), meeting.meetingDate(),
                meeting.agendaAdopted() ? "ADOPTED" : "DRAFT", items);
    }
}
