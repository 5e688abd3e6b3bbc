package org.itu.bdt.portfolio.funding.agreements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.funding.platform.NotFoundException;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;

import java.time.LocalDate;

/** Cancels agreements; a cancellation fires its event and is in the audit trail, inside its transaction. */
@ApplicationScoped
public class CancellationService {
    private final Event<AgreementCancelled> cancelled;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    CancellationService(Event<AgreementCancelled> cancelled, EntityManager entityManager, AuditTrail audit) {
        this.cancelled = cancelled;
        this.entityManager = entityManager;
        this.audit = audit;
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
        audit.record(Agreement.AUDITED_AS, agreementNumber, "cancelled", Standing.ACTIVE,
                new Standing(AgreementStatus.CANCELLED, terms.cancelledOn(), terms.reason()));
        return AgreementAsOf.today(agreement);
    }

    /** Whether an agreement counts, as the audit trail keeps it: active, or cancelled from a date for a reason. */
    record Standing(AgreementStatus status, LocalDate cancelledOn, String reason) {
        static final Standing ACTIVE = new Standing(AgreementStatus.ACTIVE, null, null);
    }
}
