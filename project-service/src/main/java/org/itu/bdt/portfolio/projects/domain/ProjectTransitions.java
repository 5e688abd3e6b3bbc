package org.itu.bdt.portfolio.projects.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/** Moves projects through the lifecycle and keeps their history. Callers own the transaction. */
@ApplicationScoped
public class ProjectTransitions {

    private final ProjectRegistry registry;
    private final Event<StatusChanged> statusChanged;

    ProjectTransitions(ProjectRegistry registry, Event<StatusChanged> statusChanged) {
        this.registry = registry;
        this.statusChanged = statusChanged;
    }

    /**
     * Moves a project to {@code to} as of {@code changedOn}, if the lifecycle allows that step for this cause.
     * A date before the project's current status began would rewrite history: refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatusChange transition(String projectNumber, ProjectStatus to, TransitionCause by, String actor,
                                   String reason, LocalDate changedOn) {
        Project project = registry.find(projectNumber);
        ProjectStatus from = project.status();
        if (Lifecycle.causeOf(from, to).filter(by::equals).isEmpty()) {
            throw new IllegalTransitionException(projectNumber, from, to, by);
        }
        if (changedOn.isBefore(project.statusSince())) {
            throw new InvalidProjectException("changedOn",
                    "must not be before " + project.statusSince() + ", when the project became " + from);
        }
        project.enter(to, changedOn);
        // the version grows on flush, and the history and events must carry the new one
        Project.flush();
        return record(project, from, by, actor, reason);
    }

    /** Records the status a project was registered or imported with as the first step of its history. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatusChange recordFirstStatus(Project project, String actor) {
        TransitionCause cause = project.imported() ? TransitionCause.IMPORT : TransitionCause.REGISTRATION;
        return record(project, null, cause, actor, project.imported() ? "imported as " + project.status() : null);
    }

    private StatusChange record(Project project, ProjectStatus from, TransitionCause by, String actor, String reason) {
        StatusChange change = new StatusChange(project, from, by, actor, reason);
        change.persist();
        statusChanged.fire(new StatusChanged(project, change));
        return change;
    }

    /** Fired inside the transaction of every status change, so that its events join the same commit. */
    public record StatusChanged(Project project, StatusChange change) {
    }
}
