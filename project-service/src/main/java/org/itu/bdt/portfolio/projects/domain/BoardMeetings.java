package org.itu.bdt.portfolio.projects.domain;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** Schedules and finds the board's meetings. Callers own the transaction. */
@ApplicationScoped
public class BoardMeetings {

    public BoardMeeting schedule(String meetingNumber, LocalDate meetingDate, List<String> attendees) {
        if (BoardMeeting.findByIdOptional(meetingNumber).isPresent()) {
            throw new BoardConflictException("meetingNumber", "meeting " + meetingNumber + " already exists");
        }
        BoardMeeting meeting = new BoardMeeting(meetingNumber, meetingDate, attendees);
        meeting.persist();
        return meeting;
    }

    public BoardMeeting find(String meetingNumber) {
        return BoardMeeting.<BoardMeeting>findByIdOptional(meetingNumber)
                .orElseThrow(() -> new BoardNotFoundException("no board meeting " + meetingNumber));
    }

    public List<BoardMeeting> all() {
        return BoardMeeting.list("order by meetingDate, meetingNumber");
    }
}
