package org.itu.bdt.portfolio.projects.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;
import org.itu.bdt.portfolio.projects.lifecycle.Lifecycle;
import org.itu.bdt.portfolio.projects.registry.InvalidProjectException;
import org.itu.bdt.portfolio.projects.registry.Project;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Supplements, closures and guidance asked of the board. A pending request is on the draft agenda of every meeting
 * from its request date until a decision settles it. Filing and settling are in the audit trail.
 */
@ApplicationScoped
@Transactional
public class BoardRequestService implements AgendaSource {

    private static final String AUDITED_AS = "board-request";

    private final Clock clock;
    private final AuditTrail audit;

    BoardRequestService(Clock clock, AuditTrail audit) {
        this.clock = clock;
        this.audit = audit;
    }

    public BoardRequest file(AgendaItemKind kind, String projectNumber, String summary, String requestedBy) {
        if (kind == AgendaItemKind.NEW_PROPOSAL) {
            throw new InvalidProjectException("kind", "must be SUPPLEMENT, CLOSURE or GUIDANCE: a new proposal is a "
                    + "project registered as PROPOSED");
        }
        Project project = Project.<Project>findByIdOptional(projectNumber)
                .orElseThrow(() -> new BoardRuleException("projectNumber", "unknown project " + projectNumber));
        checkStatus(kind, project);
        if (BoardRequest.count("kind = ?1 and projectNumber = ?2 and status = ?3", kind, projectNumber,
                BoardRequest.Status.PENDING) > 0) {
            throw new BoardConflictException("kind", "project " + projectNumber + " already has a pending " + kind
                    + " request");
        }
        BoardRequest request = new BoardRequest(kind, projectNumber, summary, requestedBy, LocalDate.now(clock));
        request.persist();
        audit.record(AUDITED_AS, String.valueOf(request.id()), "filed", null,
                new Filed(kind, projectNumber, summary, requestedBy, request.requestedOn()));
        return request;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BoardRequest> list(BoardRequest.Status status) {
        return status == null ? BoardRequest.list("order by id") : BoardRequest.list("status = ?1 order by id", status);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgendaSuggestion> suggestionsFor(LocalDate meetingDate) {
        return BoardRequest.<BoardRequest>list("status = ?1 and requestedOn <= ?2 order by id",
                BoardRequest.Status.PENDING, meetingDate).stream().map(BoardRequest::suggestion).toList();
    }

    void settle(@Observes BoardDecisions.DecisionRecorded recorded) {
        String reference = recorded.decision().item().reference();
        if (recorded.decision().outcome().settles() && reference.startsWith(BoardRequest.REFERENCE_PREFIX)) {
            BoardRequest request = BoardRequest.findById(
                    Long.valueOf(reference.substring(BoardRequest.REFERENCE_PREFIX.length())));
            Settlement before = Settlement.of(request);
            request.settle(recorded.decision().outcome(), recorded.meeting().meetingNumber());
            audit.record(AUDITED_AS, String.valueOf(request.id()), "settled", before, Settlement.of(request));
        }
    }

    /** A request as the audit trail keeps its filing. */
    record Filed(AgendaItemKind kind, String projectNumber, String summary, String requestedBy, LocalDate requestedOn) {
    }

    /** Where a request stands: PENDING, or DECIDED with the outcome and the meeting that decided it. */
    record Settlement(BoardRequest.Status status, BoardOutcome outcome, String decidedAt) {
        static Settlement of(BoardRequest request) {
            return new Settlement(request.status(), request.outcome(), request.decidedAt());
        }
    }

    /** Supplements and closures are for running projects; guidance for any project still in its lifecycle. */
    private void checkStatus(AgendaItemKind kind, Project project) {
        boolean ongoingNeeded = kind != AgendaItemKind.GUIDANCE;
        if (ongoingNeeded ? project.status() != ProjectStatus.ONGOING : Lifecycle.isFinal(project.status())) {
            throw new BoardConflictException("projectNumber", "project " + project.projectNumber() + " is "
                    + project.status() + ": a " + kind + " request needs " + (ongoingNeeded ? "an ONGOING project"
                    : "a project not yet closed"));
        }
    }
}
