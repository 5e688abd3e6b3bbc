package org.itu.bdt.portfolio.projects.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The board's meetings: scheduling, the agenda (drafted, then adopted) and the decisions recorded against it. Reads
 * join the caller's transaction if there is one.
 */
@ApplicationScoped
@Transactional
public class BoardService {

    private final BoardAgenda agenda;
    private final BoardDecisions decisions;

    BoardService(BoardAgenda agenda, BoardDecisions decisions) {
        this.agenda = agenda;
        this.decisions = decisions;
    }

    public BoardMeeting schedule(String meetingNumber, LocalDate meetingDate, List<String> attendees) {
        if (BoardMeeting.findByIdOptional(meetingNumber).isPresent()) {
            throw new BoardConflictException("meetingNumber", "meeting " + meetingNumber + " already exists");
        }
        BoardMeeting meeting = new BoardMeeting(meetingNumber, meetingDate, attendees);
        meeting.persist();
        return meeting;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BoardMeeting find(String meetingNumber) {
        return BoardMeeting.<BoardMeeting>findByIdOptional(meetingNumber)
                .orElseThrow(() -> new BoardNotFoundException("no board meeting " + meetingNumber));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BoardMeeting> all() {
        return BoardMeeting.list("order by meetingDate, meetingNumber");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingAgenda agendaOf(String meetingNumber) {
        BoardMeeting meeting = find(meetingNumber);
        return new MeetingAgenda(meeting, agenda.of(meeting));
    }

    /** Stores the draft as the meeting's agenda; adopting an adopted agenda changes nothing. */
    public MeetingAgenda adopt(String meetingNumber) {
        BoardMeeting meeting = find(meetingNumber);
        return new MeetingAgenda(meeting, agenda.adopt(meeting));
    }

    /** Records a decision on an item of the adopted agenda; a refused lifecycle step undoes it all. */
    public BoardDecisions.DecisionRecorded decide(String meetingNumber, long itemId, BoardOutcome outcome, String text,
                                                  List<BoardActionTerms> actions) {
        return decisions.record(find(meetingNumber), itemId, outcome, text, actions);
    }

    /** A meeting's decisions in agenda order, each with the actions it set. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BoardDecisions.DecisionRecorded> decisionsOf(String meetingNumber) {
        BoardMeeting meeting = find(meetingNumber);
        return BoardDecision.ofMeeting(meetingNumber).stream()
                .map(decision -> new BoardDecisions.DecisionRecorded(meeting, decision,
                        BoardAction.ofDecision(decision.id())))
                .toList();
    }

    /** A meeting with its agenda: the draft as things stand, or the adopted items with their outcomes. */
    public record MeetingAgenda(BoardMeeting meeting, List<AgendaEntry> items) {
    }
}
