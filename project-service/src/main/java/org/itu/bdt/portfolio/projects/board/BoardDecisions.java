package org.itu.bdt.portfolio.projects.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.projects.lifecycle.LifecycleService;
import org.itu.bdt.portfolio.projects.lifecycle.TransitionCause;
import org.itu.bdt.portfolio.projects.registry.InvalidProjectException;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.itu.bdt.portfolio.projects.board.AgendaItemKind.CLOSURE;
import static org.itu.bdt.portfolio.projects.board.AgendaItemKind.NEW_PROPOSAL;
import static org.itu.bdt.portfolio.projects.board.BoardOutcome.APPROVED;
import static org.itu.bdt.portfolio.projects.board.BoardOutcome.REJECTED;

/**
 * Records the board's decisions on the items of a meeting's adopted agenda, one per item, and moves the project
 * through its lifecycle as the decision says, dated the meeting's date. Callers own the transaction: a refused
 * lifecycle step undoes the whole decision.
 */
@ApplicationScoped
public class BoardDecisions {

    private final LifecycleService transitions;
    private final Event<DecisionRecorded> recorded;
    private final Clock clock;

    BoardDecisions(LifecycleService transitions, Event<DecisionRecorded> recorded, Clock clock) {
        this.transitions = transitions;
        this.recorded = recorded;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DecisionRecorded record(BoardMeeting meeting, long itemId, BoardOutcome outcome, String text,
                                   List<BoardActionTerms> actions) {
        BoardAgendaItem item = itemOf(meeting, itemId);
        check(meeting, item, outcome, actions);
        BoardDecision decision = new BoardDecision(item, outcome, text, Instant.now(clock));
        decision.persist();
        List<BoardAction> set = actions.stream().map(terms -> new BoardAction(decision, terms)).toList();
        set.forEach(action -> action.persist());
        DecisionRecorded event = new DecisionRecorded(meeting, decision, set);
        recorded.fire(event);
        projectStep(item.kind(), outcome).ifPresent(to -> transitions.transition(item.projectNumber(), to,
                TransitionCause.BOARD_DECISION, meeting.actor(), text, meeting.meetingDate()));
        return event;
    }

    /** The lifecycle step a decision makes: approval or rejection of a proposal, approval of a closure. */
    static Optional<ProjectStatus> projectStep(AgendaItemKind kind, BoardOutcome outcome) {
        if (kind == NEW_PROPOSAL && (outcome == APPROVED || outcome == REJECTED)) {
            return Optional.of(outcome == APPROVED ? ProjectStatus.APPROVED : ProjectStatus.REJECTED);
        }
        return kind == CLOSURE && outcome == APPROVED ? Optional.of(ProjectStatus.OPERATIONALLY_CLOSED) : Optional.empty();
    }

    private static BoardAgendaItem itemOf(BoardMeeting meeting, long itemId) {
        if (!meeting.agendaAdopted()) {
            throw new BoardConflictException("itemId", "the agenda of " + meeting.meetingNumber()
                    + " is a draft: adopt it (POST /api/board/meetings/" + meeting.meetingNumber() + "/agenda) first");
        }
        BoardAgendaItem item = BoardAgendaItem.<BoardAgendaItem>findByIdOptional(itemId)
                .orElseThrow(() -> new BoardRuleException("itemId", "no agenda item " + itemId));
        if (!item.meetingNumber().equals(meeting.meetingNumber())) {
            throw new BoardRuleException("itemId", "item " + itemId + " is on the agenda of " + item.meetingNumber()
                    + ", not " + meeting.meetingNumber());
        }
        return item;
    }

    private static void check(BoardMeeting meeting, BoardAgendaItem item, BoardOutcome outcome,
                              List<BoardActionTerms> actions) {
        BoardDecision.onItem(item.id()).ifPresent(earlier -> {
            throw new BoardConflictException("itemId", "item " + item.id() + " is already decided: "
                    + earlier.outcome());
        });
        if (!BoardOutcome.allowedFor(item.kind()).contains(outcome)) {
            throw new BoardRuleException("outcome", outcome + " is not an outcome for a " + item.kind()
                    + " item: " + BoardOutcome.allowedFor(item.kind()));
        }
        IntStream.range(0, actions.size())
                .filter(i -> actions.get(i).dueOn().isBefore(meeting.meetingDate()))
                .findFirst()
                .ifPresent(i -> {
                    throw new InvalidProjectException("actions[" + i + "].dueOn",
                            "must not be before the meeting's date " + meeting.meetingDate());
                });
    }

    /** Fired inside the decision's transaction, before the project moves, so its events join the same commit. */
    public record DecisionRecorded(BoardMeeting meeting, BoardDecision decision, List<BoardAction> actions) {
    }
}
