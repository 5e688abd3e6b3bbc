package org.itu.bdt.portfolio.projects.board;

import java.time.LocalDate;
import java.util.List;

/** A meeting's agenda: DRAFT (items have no id and follow the sources) or ADOPTED (stored, frozen, decidable). */
public record BoardAgendaResponse(String meetingNumber, LocalDate meetingDate, String status, List<AgendaEntry> items) {

    static BoardAgendaResponse of(BoardService.MeetingAgenda agenda) {
        BoardMeeting meeting = agenda.meeting();
        List<AgendaEntry> items = agenda.items();
        return new BoardAgendaResponse(meeting.meetingNumber(), meeting.meetingDate(),
                meeting.agendaAdopted() ? "ADOPTED" : "DRAFT", items);
    }
}
