package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.funding.partners.Partner;
import org.itu.bdt.portfolio.funding.platform.ConflictException;
import org.itu.bdt.portfolio.funding.platform.NotFoundException;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.funding.rates.ExchangeRateService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class AgreementService {
    private final ProjectLookup projects;
    private final ExchangeRateService rates;
    private final Event<AgreementSigned> signed;
    private final Event<AgreementAmended> amended;
    private final EntityManager entityManager;
    private final IctDfAllocations ictDf;

    AgreementService(ProjectLookup projects, ExchangeRateService rates, Event<AgreementSigned> signed,
                     Event<AgreementAmended> amended, EntityManager entityManager, IctDfAllocations ictDf) {
        this.projects = projects;
        this.rates = rates;
        this.signed = signed;
        this.amended = amended;
        this.entityManager = entityManager;
        this.ictDf = ictDf;
    }

    /** Asks project-service first, outside the transaction, so a slow answer holds no connection. */
    public Agreement sign(AgreementTerms terms) {
        RegisteredProject project = projects.find(terms.projectNumber())
                .orElseThrow(() -> RuleViolationException.onField("projectNumber",
                        "unknown project " + terms.projectNumber()));
        requireSignable(terms.kind(), project);
        return record(terms);
    }

    /** Money is only promised to a project the board approved and nobody closed, suspended or cancelled. */
    private static void requireSignable(AgreementKind kind, RegisteredProject project) {
        if (kind == AgreementKind.SUPPLEMENTARY_AGREEMENT && !project.isOngoing()) {
            throw RuleViolationException.onField("projectNumber", "project " + project.projectNumber() + " is "
                    + project.status() + ": a supplementary agreement adds money to an ONGOING project only");
        }
        if (!project.isApprovedOrOngoing()) {
            throw RuleViolationException.onField("projectNumber", "project " + project.projectNumber() + " is "
                    + project.status() + ": an agreement is signed for an APPROVED or ONGOING project only");
        }
    }

    @Transactional
    Agreement record(AgreementTerms terms) {
        if (terms.partnerId() != null && Partner.findByIdOptional(terms.partnerId()).isEmpty()) {
            throw RuleViolationException.onField("partnerId", "unknown partner " + terms.partnerId());
        }
        lockProject(terms.projectNumber());
        Agreement agreement = new Agreement(numberFor(terms), terms,
                rates.rateFor(terms.currency(), terms.signedOn(), terms.rateOverride()));
        agreement.persistAndFlush();
        signed.fire(AgreementSigned.of(agreement));
        ictDf.allocate(agreement);
        return agreement;
    }

    @Transactional
    public Amendment amend(String agreementNumber, AmendmentTerms terms) {
        Agreement agreement = Agreement.<Agreement>findByIdOptional(agreementNumber, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("no agreement " + agreementNumber));
        String amendmentId = terms.amendmentId() == null
                ? agreement.nextAmendmentId(id -> Amendment.findById(id) != null)
                : terms.amendmentId();
        if (Amendment.findById(amendmentId) != null) {
            throw new ConflictException("amendment " + amendmentId + " already exists");
        }
        Amendment amendment = agreement.amend(amendmentId, terms);
        entityManager.flush();
        amended.fire(AgreementAmended.of(amendment));
        ictDf.reallocate(amendment);
        return amendment;
    }

    public Agreement find(String agreementNumber) {
        return Agreement.<Agreement>findByIdOptional(agreementNumber)
                .orElseThrow(() -> new NotFoundException("no agreement " + agreementNumber));
    }

    public List<Agreement> list(String projectNumber, String partnerId) {
        Map<String, Object> filters = new LinkedHashMap<>();
        if (projectNumber != null) {
            filters.put("projectNumber", projectNumber);
        }
        if (partnerId != null) {
            filters.put("partnerId", partnerId);
        }
        String query = filters.keySet().stream().map(field -> field + " = :" + field)
                .collect(Collectors.joining(" and "));
        return Agreement.list(query, Sort.by("agreementNumber"), filters);
    }

    /** Serializes number generation per project; the lock ends with the transaction. */
    private void lockProject(String projectNumber) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:projectNumber))")
                .setParameter("projectNumber", projectNumber)
                .getSingleResult();
    }

    private String numberFor(AgreementTerms terms) {
        if (terms.agreementNumber() == null) {
            List<String> projectAgreements = entityManager.createQuery(
                            "select a.agreementNumber from Agreement a where a.projectNumber = :projectNumber",
                            String.class)
                    .setParameter("projectNumber", terms.projectNumber())
                    .getResultList();
            return Agreement.nextNumber(terms.projectNumber(), projectAgreements,
                    number -> Agreement.findById(number) != null);
        }
        if (Agreement.findById(terms.agreementNumber()) != null) {
            throw new ConflictException("agreement " + terms.agreementNumber() + " already exists");
        }
        return terms.agreementNumber();
    }

}
