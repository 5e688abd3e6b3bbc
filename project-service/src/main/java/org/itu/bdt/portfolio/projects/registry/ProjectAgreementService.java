package org.itu.bdt.portfolio.projects.registry;

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
public class ProjectAgreementService {

    private static final Logger LOG = Logger.getLogger(ProjectAgreementService.class);

    private final ProjectLifecycle lifecycle;
    private final Event<AgreementRecorded> recorded;
    private final Event<AgreementCancellationRecorded> cancellationRecorded;

    ProjectAgreementService(ProjectLifecycle lifecycle, Event<AgreementRecorded> recorded,
                            Event<AgreementCancellationRecorded> cancellationRecorded) {
        this.lifecycle = lifecycle;
        this.recorded = recorded;
        this.cancellationRecorded = cancellationRecorded;
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
        lifecycle.firstAgreementSigned(project.get(), agreement);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(String agreementNumber, LocalDate cancelledOn) {
        ProjectAgreement.<ProjectAgreement>findByIdOptional(agreementNumber)
                .ifPresentOrElse(agreement -> {
                    agreement.cancel(cancelledOn);
                    cancellationRecorded.fire(new AgreementCancellationRecorded(agreement));
                }, () -> LOG.warnf("cancellation of agreement %s, unknown here", agreementNumber));
    }

    /** Fired inside the transaction that recorded a newly signed agreement (partner-report schedules start here). */
    public record AgreementRecorded(ProjectAgreement agreement) {
    }

    /** Fired inside the transaction that recorded an agreement's cancellation (its partner reports stop there). */
    public record AgreementCancellationRecorded(ProjectAgreement agreement) {
    }
}
