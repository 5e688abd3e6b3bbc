package org.itu.bdt.portfolio.projects.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;

import java.time.LocalDate;
import java.util.List;

/**
 * The board's meetings: scheduling, the agenda (drafted, then adopted) and the decisions recorded against it, each
 * in the audit trail. Reads join the caller's transaction if there is one.
 */
@ApplicationScoped
@Transactional
public class BoardService {

    private final BoardAgenda agenda;
    private final BoardDecisions decisions;
    private final AuditTrail audit;

    BoardService(BoardAgenda agenda, BoardDecisions decisions, AuditTrail audit) {
        this.agenda = agenda;
        this.decisions = decisions;
        this.audit = audit;
    }

    public BoardMeeting schedule(String meetingNumber, LocalDate meetingDate, List<String> attendees) {
        if (BoardMeeting.findByIdOptional(meetingNumber).isPresent()) {
            throw new BoardConflictException("meetingNumber", "meeting " + meetingNumber + " already exists");
        }
        BoardMeeting meeting = new BoardMeeting(meetingNumber, meetingDate, attendees);
        meeting.persist();
        audit.record("board-meeting", meetingNumber, "scheduled", null, new MeetingScheduled(meetingDate, attendees));
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
        boolean draft = !meeting.agendaAdopted();
        List<AgendaEntry> items = agenda.adopt(meeting);
        if (draft) {
            audit.record("board-agenda", meetingNumber, "adopted", null, items);
        }
        return new MeetingAgenda(meeting, items);
    }

    /** Records a decision on an item of the adopted agenda; a refused lifecycle step undoes it all. */
    public BoardDecisions.DecisionRecorded decide(String meetingNumber, long itemId, BoardOutcome outcome, String text,
                                                  List<BoardActionTerms> actions) {
        BoardDecisions.DecisionRecorded recorded = decisions.record(find(meetingNumber), itemId, outcome, text, actions);
        audit.record("board-decision", String.valueOf(recorded.decision().id()), "recorded", null,
                Decided.of(recorded));
        return recorded;
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

    /** A meeting as the audit trail keeps its scheduling. */
    record MeetingScheduled(LocalDate meetingDate, List<String> attendees) {
    }

    /** A decision as the audit trail keeps it: the item it settles, the outcome and the actions it set. */
    record Decided(String meetingNumber, long itemId, AgendaItemKind kind, String projectNumber, BoardOutcome outcome,
                   String text, List<OpenedAction> actions) {

        static Decided of(BoardDecisions.DecisionRecorded recorded) {
            BoardDecision decision = recorded.decision();
            BoardAgendaItem item = decision.item();
            return new Decided(item.meetingNumber(), item.id(), item.kind(), item.projectNumber(), decision.outcome(),
                    decision.text(), recorded.actions().stream()
                    .map(action -> new OpenedAction(action.id(), action.description(), action.owner(), action.dueOn()))
                    .toList());
        }
    }

    record OpenedAction(long actionId, String description, String owner, LocalDate dueOn) {
    }
}
