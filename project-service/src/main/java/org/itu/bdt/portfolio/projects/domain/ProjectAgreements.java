package org.itu.bdt.portfolio.projects.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What project-service learns from funding-service's agreements: an APPROVED project becomes ONGOING when its first
 * agreement is signed. Applying the same agreement twice changes nothing. Callers own the transaction.
 */
@ApplicationScoped
public class ProjectAgreements {

    static final String FUNDING_SERVICE = "funding-service";
    private static final Logger LOG = Logger.getLogger(ProjectAgreements.class);

    private final ProjectTransitions transitions;
    private final Event<AgreementRecorded> recorded;

    ProjectAgreements(ProjectTransitions transitions, Event<AgreementRecorded> recorded) {
        this.transitions = transitions;
        this.recorded = recorded;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void signed(ProjectAgreement agreement) {
        if (ProjectAgreement.findByIdOptional(agreement.agreementNumber()).isPresent()) {
            return;
        }
        agreement.persist();
        recorded.fire(new AgreementRecorded(agreement));
        Optional<Project> project = Project.findByIdOptional(agreement.projectNumber());
        if (project.isEmpty()) {
            LOG.warnf("agreement %s names project %s, unknown here", agreement.agreementNumber(), agreement.projectNumber());
            return;
        }
        start(project.get(), agreement);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(String agreementNumber, LocalDate cancelledOn) {
        ProjectAgreement.<ProjectAgreement>findByIdOptional(agreementNumber)
                .ifPresentOrElse(agreement -> agreement.cancel(cancelledOn),
                        () -> LOG.warnf("cancellation of agreement %s, unknown here", agreementNumber));
    }

    private void start(Project project, ProjectAgreement agreement) {
        if (project.status() != ProjectStatus.APPROVED) {
            if (project.status() == ProjectStatus.PROPOSED) {
                LOG.warnf("agreement %s signed for project %s, not approved yet", agreement.agreementNumber(),
                        project.projectNumber());
            }
            return;
        }
        // a signature dated before the approval was recorded cannot move the history backwards
        LocalDate since = agreement.signedOn().isBefore(project.statusSince()) ? project.statusSince() : agreement.signedOn();
        transitions.transition(project.projectNumber(), ProjectStatus.ONGOING, TransitionCause.AGREEMENT_SIGNED,
                FUNDING_SERVICE, "first agreement " + agreement.agreementNumber() + " signed", since);
    }

    /** Fired inside the transaction that recorded a newly signed agreement (partner-report schedules start here). */
    public record AgreementRecorded(ProjectAgreement agreement) {
    }
}
