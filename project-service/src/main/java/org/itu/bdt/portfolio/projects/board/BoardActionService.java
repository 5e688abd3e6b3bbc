package org.itu.bdt.portfolio.projects.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Follows up the actions the board's decisions set; a completion is in the audit trail. "Today" is the application's
 * clock.
 */
@ApplicationScoped
@Transactional
public class BoardActionService {

    /** Which actions a follow-up list shows; overdue ones are open too. */
    public enum Filter { OPEN, OVERDUE, DONE }

    private final Event<ActionChanged> changed;
    private final Clock clock;
    private final AuditTrail audit;

    BoardActionService(Event<ActionChanged> changed, Clock clock, AuditTrail audit) {
        this.changed = changed;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BoardAction> list(Filter filter, String owner) {
        LocalDate today = today();
        return BoardAction.<BoardAction>list("order by dueOn, id").stream()
                .filter(action -> owner == null || owner.equals(action.owner()))
                .filter(action -> filter == null || switch (filter) {
                    case OPEN -> action.status() == BoardAction.Status.OPEN;
                    case OVERDUE -> action.overdueOn(today);
                    case DONE -> action.status() == BoardAction.Status.DONE;
                })
                .toList();
    }

    public BoardAction complete(long actionId, String note) {
        BoardAction action = BoardAction.<BoardAction>findByIdOptional(actionId)
                .orElseThrow(() -> new BoardNotFoundException("no board action " + actionId));
        if (action.status() == BoardAction.Status.DONE) {
            throw new BoardConflictException("actionId", "action " + actionId + " was done on " + action.completedOn());
        }
        Completion before = Completion.of(action);
        action.complete(today(), note);
        audit.record("board-action", String.valueOf(actionId), "completed", before, Completion.of(action));
        changed.fire(new ActionChanged(action));
        return action;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Where an action stands, as the audit trail keeps it. */
    record Completion(BoardAction.Status status, LocalDate completedOn, String completionNote) {
        static Completion of(BoardAction action) {
            return new Completion(action.status(), action.completedOn(), action.completionNote());
        }
    }

    /** Fired inside the transaction that completed an action (a decision's new actions come with its own event). */
    public record ActionChanged(BoardAction action) {
    }
}
