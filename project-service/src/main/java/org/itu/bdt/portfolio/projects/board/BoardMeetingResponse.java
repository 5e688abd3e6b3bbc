package org.itu.bdt.portfolio.projects.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting; {@code agendaAdoptedAt} is null while its agenda is a draft. */
public record BoardMeetingResponse(String meetingNumber, LocalDate meetingDate, List<String> attendees,
                                   Instant agendaAdoptedAt) {

    static BoardMeetingResponse of(BoardMeeting meeting) {
        return new BoardMeetingResponse(meeting.meetingNumber(), meeting.meetingDate(), meeting.attendees(),
                meeting.agendaAdoptedAt());
    }
}
