package org.itu.bdt.portfolio.funding.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.funding.events.AgreementCancelled;
import org.itu.bdt.portfolio.funding.events.Outbox;

@ApplicationScoped
public class CancellationService {
    private final Outbox outbox;
    private final EntityManager entityManager;

    CancellationService(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** Answers with today's view, read inside the transaction while the amendments can still be loaded. */
    @Transactional
    public AgreementAsOf cancel(String agreementNumber, CancellationTerms terms) {
        Agreement agreement = Agreement.<Agreement>findByIdOptional(agreementNumber, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("no agreement " + agreementNumber));
        agreement.cancel(terms);
        entityManager.flush();
        outbox.record(new AgreementCancelled(agreement.agreementNumber(), agreement.projectNumber(),
                terms.cancelledOn().toString(), terms.reason()));
        return AgreementAsOf.today(agreement);
    }
}
