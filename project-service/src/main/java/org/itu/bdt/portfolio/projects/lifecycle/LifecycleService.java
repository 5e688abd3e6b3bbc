package org.itu.bdt.portfolio.projects.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;
import org.itu.bdt.portfolio.projects.registry.InvalidProjectException;
import org.itu.bdt.portfolio.projects.registry.Project;
import org.itu.bdt.portfolio.projects.registry.ProjectAgreement;
import org.itu.bdt.portfolio.projects.registry.ProjectLifecycle;
import org.itu.bdt.portfolio.projects.registry.ProjectService;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Moves projects through the lifecycle and keeps their history. A step joins the caller's transaction if there is
 * one (a board decision, an agreement's signature), so that it commits or fails with it, and is in the audit trail
 * under whoever made the request (the history's actor says in whose name: the Board's, funding-service's).
 */
@ApplicationScoped
@Transactional
public class LifecycleService implements ProjectLifecycle {

    static final String FUNDING_SERVICE = "funding-service";
    private static final Logger LOG = Logger.getLogger(LifecycleService.class);

    private final ProjectService registry;
    private final Event<StatusChanged> statusChanged;
    private final AuditTrail audit;

    LifecycleService(ProjectService registry, Event<StatusChanged> statusChanged, AuditTrail audit) {
        this.registry = registry;
        this.statusChanged = statusChanged;
        this.audit = audit;
    }

    /**
     * Moves a project to {@code to} as of {@code changedOn}, if the lifecycle allows that step for this cause.
     * A date before the project's current status began would rewrite history: refused.
     */
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
        LocalDate since = project.statusSince();
        project.enter(to, changedOn);
        // the version grows on flush, and the history and events must carry the new one
        Project.flush();
        StatusChange change = record(project, from, by, actor, reason);
        audit.record(Project.AUDITED_AS, projectNumber, "status-changed", new StatusHeld(from, since),
                new StatusStep(to, changedOn, by, actor, reason));
        return change;
    }

    /**
     * Every status the project took, oldest first. A partner's portal reads only its partner's projects, and no
     * other funder's agreement number: the first signature that started the project may be another's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectHistory history(String projectNumber, Optional<String> partner) {
        registry.findSeenBy(projectNumber, partner);
        List<String> othersAgreements = partner.map(partnerId -> ProjectAgreement.ofProject(projectNumber).stream()
                        .filter(agreement -> !partnerId.equals(agreement.partnerId()))
                        .map(ProjectAgreement::agreementNumber).toList())
                .orElse(List.of());
        return new ProjectHistory(StatusChange.historyOf(projectNumber), othersAgreements);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFirstStatus(Project project, String actor) {
        TransitionCause cause = project.imported() ? TransitionCause.IMPORT : TransitionCause.REGISTRATION;
        record(project, null, cause, actor, project.imported() ? "imported as " + project.status() : null);
    }

    @Override
    public RuntimeException statusSetThroughRevision(Project project, ProjectStatus requested) {
        return IllegalTransitionException.throughUpdate(project.projectNumber(), project.status(), requested);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void firstAgreementSigned(Project project, ProjectAgreement agreement) {
        if (project.status() != ProjectStatus.APPROVED) {
            if (project.status() == ProjectStatus.PROPOSED) {
                LOG.warnf("agreement %s signed for project %s, not approved yet", agreement.agreementNumber(),
                        project.projectNumber());
            }
            return;
        }
        // a signature dated before the approval was recorded cannot move the history backwards
        LocalDate since = agreement.signedOn().isBefore(project.statusSince())
                ? project.statusSince() : agreement.signedOn();
        transition(project.projectNumber(), ProjectStatus.ONGOING, TransitionCause.AGREEMENT_SIGNED,
                FUNDING_SERVICE, "first agreement " + agreement.agreementNumber() + " signed", since);
    }

    private StatusChange record(Project project, ProjectStatus from, TransitionCause by, String actor, String reason) {
        StatusChange change = new StatusChange(project, from, by, actor, reason);
        change.persist();
        statusChanged.fire(new StatusChanged(project, change));
        return change;
    }

    /** A project's status before a step, as the audit trail keeps it. */
    record StatusHeld(ProjectStatus status, LocalDate statusSince) {
    }

    /** A step as the audit trail keeps it: the new status, and the cause and actor the history records. */
    record StatusStep(ProjectStatus status, LocalDate statusSince, TransitionCause cause, String actor, String reason) {
    }

    /** Fired inside the transaction of every status change, so that its events join the same commit. */
    public record StatusChanged(Project project, StatusChange change) {
    }
}
