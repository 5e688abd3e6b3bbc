package org.itu.bdt.portfolio.funding.agreements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.funding.platform.NotFoundException;

@ApplicationScoped
public class CancellationService {
    private final Event<AgreementCancelled> cancelled;
    private final EntityManager entityManager;

    CancellationService(Event<AgreementCancelled> cancelled, EntityManager entityManager) {
        this.cancelled = cancelled;
        this.entityManager = entityManager;
    }

    /** Answers with today's view, read inside the transaction while the amendments can still be loaded. */
    @Transactional
    public AgreementAsOf cancel(String agreementNumber, CancellationTerms terms) {
        Agreement agreement = Agreement.<Agreement>findByIdOptional(agreementNumber, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("no agreement " + agreementNumber));
        agreement.cancel(terms);
        entityManager.flush();
        cancelled.fire(new AgreementCancelled(agreement.agreementNumber(), agreement.projectNumber(),
                terms.cancelledOn(), terms.reason()));
        return AgreementAsOf.today(agreement);
    }
}
