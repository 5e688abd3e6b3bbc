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
import org.itu.bdt.portfolio.funding.rates.AgreementRate;
import org.itu.bdt.portfolio.funding.rates.ExchangeRateService;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;
import org.itu.bdt.portfolio.kit.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Signs and amends agreements; each change fires its event and is in the audit trail, inside its transaction. */
@ApplicationScoped
public class AgreementService {
    private final ProjectLookup projects;
    private final ExchangeRateService rates;
    private final Event<AgreementSigned> signed;
    private final Event<AgreementAmended> amended;
    private final EntityManager entityManager;
    private final IctDfAllocations ictDf;
    private final Caller caller;
    private final AuditTrail audit;

    AgreementService(ProjectLookup projects, ExchangeRateService rates, Event<AgreementSigned> signed,
                     Event<AgreementAmended> amended, EntityManager entityManager, IctDfAllocations ictDf,
                     Caller caller, AuditTrail audit) {
        this.projects = projects;
        this.rates = rates;
        this.signed = signed;
        this.amended = amended;
        this.entityManager = entityManager;
        this.ictDf = ictDf;
        this.caller = caller;
        this.audit = audit;
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
        // an agreement is recorded once signed; one dated ahead (an ITU line in 2999) would hold ICT-DF money for ever
        if (terms.signedOn().isAfter(LocalDate.now())) {
            throw RuleViolationException.onField("signedOn", "must not be in the future");
        }
        if (terms.partnerId() != null && Partner.findByIdOptional(terms.partnerId()).isEmpty()) {
            throw RuleViolationException.onField("partnerId", "unknown partner " + terms.partnerId());
        }
        lockProject(terms.projectNumber());
        Agreement agreement = new Agreement(numberFor(terms), terms,
                rates.rateFor(terms.currency(), terms.signedOn(), terms.rateOverride()));
        agreement.persistAndFlush();
        signed.fire(AgreementSigned.of(agreement));
        audit.record(Agreement.AUDITED_AS, agreement.agreementNumber(), "signed", null, Signature.of(agreement));
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
        Amounts replaced = agreement.amendmentReplacedBy(amendment).map(Amounts::of)
                .orElseGet(() -> Amounts.of(agreement));
        audit.record(Agreement.AUDITED_AS, agreementNumber, "amended", replaced, Amounts.of(amendment));
        ictDf.reallocate(amendment);
        return amendment;
    }

    /** A partner's portal finds its own agreements only: another partner's, or an ITU line, is not there. */
    public Agreement find(String agreementNumber) {
        return Agreement.<Agreement>findByIdOptional(agreementNumber)
                .filter(agreement -> caller.sees(agreement.partnerId()))
                .orElseThrow(() -> new NotFoundException("no agreement " + agreementNumber));
    }

    /** A partner's portal lists its own agreements: asking for another partner's finds none. */
    public List<Agreement> list(String projectNumber, String partnerId) {
        if (partnerId != null && !caller.sees(partnerId)) {
            return List.of();
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        if (projectNumber != null) {
            filters.put("projectNumber", projectNumber);
        }
        String partner = caller.partner().orElse(partnerId);
        if (partner != null) {
            filters.put("partnerId", partner);
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
            return Agreement.nextNumber(terms.projectNumber(), highestGeneratedNumber(terms.projectNumber()),
                    number -> Agreement.findById(number) != null);
        }
        if (Agreement.findById(terms.agreementNumber()) != null) {
            throw new ConflictException("agreement " + terms.agreementNumber() + " already exists");
        }
        return terms.agreementNumber();
    }

    /**
     * The project's agreement with the highest generated number ({project}-NN), if any: asked of the database, so
     * that a programme with thousands of agreements does not send them all for each new one.
     */
    private List<String> highestGeneratedNumber(String projectNumber) {
        @SuppressWarnings("unchecked")
        List<String> highest = entityManager.createNativeQuery("""
                        select agreement_number from agreement
                        where project_number = :projectNumber
                          and agreement_number ~ ('^' || :projectNumber || '-[0-9]{2,}$')
                        order by cast(substring(agreement_number from length(:projectNumber) + 2) as numeric) desc
                        limit 1""", String.class)
                .setParameter("projectNumber", projectNumber)
                .getResultList();
        return highest;
    }

    /** A signature as the audit trail keeps it: what was promised, by whom, at which rate. */
    record Signature(String projectNumber, String partnerId, FundingSource fundingSource, AgreementKind kind,
                     ContributionType contribution, String currency, BigDecimal originalAmount,
                     BigDecimal chfAmount, AgreementRate rate, LocalDate signedOn) {
        static Signature of(Agreement agreement) {
            return new Signature(agreement.projectNumber(), agreement.partnerId(), agreement.fundingSource(),
                    agreement.kind(), agreement.contribution(), agreement.currency(), agreement.original().amount(),
                    agreement.chf().amount(), agreement.rate(), agreement.signedOn());
        }
    }

    /**
     * The amounts of an agreement from a date on, as the audit trail keeps them: the signature's (no amendment id)
     * or an amendment's.
     */
    record Amounts(String amendmentId, LocalDate effectiveOn, String currency, BigDecimal originalAmount,
                   BigDecimal chfAmount, String reason) {
        static Amounts of(Agreement agreement) {
            return new Amounts(null, agreement.signedOn(), agreement.currency(), agreement.original().amount(),
                    agreement.chf().amount(), null);
        }

        static Amounts of(Amendment amendment) {
            return new Amounts(amendment.amendmentId(), amendment.effectiveOn(), amendment.agreement().currency(),
                    amendment.newOriginal().amount(), amendment.newChf().amount(), amendment.reason());
        }
    }
}
