package org.itu.bdt.portfolio.funding.ictdf;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.funding.agreements.Agreement;
import org.itu.bdt.portfolio.funding.agreements.Amendment;
import org.itu.bdt.portfolio.funding.agreements.FundingSource;
import org.itu.bdt.portfolio.funding.agreements.IctDfAllocations;
import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.ConflictException;
import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.funding.platform.NotFoundException;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ICT Development Fund's capital account. Transfers are its own rows; allocations are the ITU funding lines
 * themselves, checked here inside the transaction that signs or amends them. Every change takes the account's
 * row lock first, so a hundred allocations at once are checked one after the other against the balance. Transfers
 * and allocations are in the audit trail; an allocation under the ITU line's agreement number.
 */
@ApplicationScoped
public class IctDfAccountService implements IctDfAllocations {
    public static final String ACCOUNT_ID = "ICT-DF";
    private static final String TRANSFER = "ict-df-transfer";
    private static final String ALLOCATION = "ict-df-allocation";

    private final Event<IctDfTransferReceived> received;
    private final Event<IctDfAllocated> allocated;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    IctDfAccountService(Event<IctDfTransferReceived> received, Event<IctDfAllocated> allocated,
                        EntityManager entityManager, AuditTrail audit) {
        this.received = received;
        this.allocated = allocated;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @Transactional
    public IctDfTransfer receive(TransferTerms terms) {
        lock();
        String transferId = terms.transferId() == null
                ? IctDfTransfer.nextId(terms.receivedOn(), id -> IctDfTransfer.findById(id) != null)
                : terms.transferId();
        if (IctDfTransfer.findById(transferId) != null) {
            throw new ConflictException("transfer " + transferId + " already exists");
        }
        IctDfTransfer transfer = new IctDfTransfer(transferId, terms);
        transfer.persistAndFlush();
        received.fire(IctDfTransferReceived.of(transfer));
        audit.record(TRANSFER, transferId, "received", null, Transfer.of(transfer));
        return transfer;
    }

    /** Called by the signing of any agreement, once it is stored: an ITU line is an allocation. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void allocate(Agreement agreement) {
        if (agreement.fundingSource() != FundingSource.ITU) {
            return;
        }
        lock();
        IctDfLedger ledger = ledger();
        ledger.ensureCovered(AllocationChange.of(IctDfMovement.allocationsOf(agreement),
                agreement.agreementNumber()));
        allocated.fire(new IctDfAllocated(agreement.agreementNumber(), agreement.projectNumber(), agreement.chf(),
                agreement.signedOn(), Money.chf(ledger.balanceAt(agreement.signedOn()))));
        audit.record(ALLOCATION, agreement.agreementNumber(), "allocated", null, Allocation.of(agreement));
    }

    /**
     * Called by the amendment of any agreement, once it is stored. AgreementAmended tells the change; no ICT-DF
     * event is added, so IctDfAllocated keeps meaning "a new allocation" for whoever sums them.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void reallocate(Amendment amendment) {
        Agreement agreement = amendment.agreement();
        if (agreement.fundingSource() != FundingSource.ITU) {
            return;
        }
        lock();
        ledger().ensureCovered(AllocationChange.of(IctDfMovement.allocationsOf(agreement),
                amendment.amendmentId()));
        audit.record(ALLOCATION, agreement.agreementNumber(), "reallocated", Allocation.replacedBy(amendment),
                Allocation.of(amendment));
    }

    public IctDfTransfer transfer(String transferId) {
        return IctDfTransfer.<IctDfTransfer>findByIdOptional(transferId)
                .orElseThrow(() -> new NotFoundException("no ICT-DF transfer " + transferId));
    }

    public List<IctDfTransfer> transfers() {
        return IctDfTransfer.listAll(Sort.by("receivedOn").and("transferId"));
    }

    public IctDfBalance asOf(LocalDate date) {
        return ledger().asOf(date);
    }

    public IctDfStatement statement(LocalDate from, LocalDate to) {
        if (from != null && from.isAfter(to)) {
            throw new InvalidRequestException(List.of(new FieldError("from", "must not be after to (" + to + ")")));
        }
        return ledger().statement(from, to);
    }

    /** Held until the transaction ends; the other account changes wait for it. */
    private void lock() {
        entityManager.createNativeQuery("select account_id from ictdf_account where account_id = :id for update")
                .setParameter("id", ACCOUNT_ID)
                .getSingleResult();
    }

    private IctDfLedger ledger() {
        List<IctDfMovement> movements = new ArrayList<>();
        IctDfTransfer.<IctDfTransfer>listAll().forEach(transfer -> movements.add(IctDfMovement.transferIn(transfer)));
        entityManager.createQuery("select distinct a from Agreement a left join fetch a.amendments"
                        + " where a.fundingSource = :itu", Agreement.class)
                .setParameter("itu", FundingSource.ITU)
                .getResultList()
                .forEach(agreement -> movements.addAll(IctDfMovement.allocationsOf(agreement)));
        return new IctDfLedger(movements);
    }

    /** A transfer as the audit trail keeps it. */
    record Transfer(LocalDate receivedOn, BigDecimal amountChf, String source, String reference) {
        static Transfer of(IctDfTransfer transfer) {
            return new Transfer(transfer.receivedOn(), transfer.amount().amount(), transfer.source(),
                    transfer.reference());
        }
    }

    /** What an ITU line takes from the fund from a date on, as the audit trail keeps it. */
    record Allocation(String projectNumber, LocalDate from, BigDecimal chfAmount) {
        static Allocation of(Agreement line) {
            return new Allocation(line.projectNumber(), line.signedOn(), line.chf().amount());
        }

        static Allocation of(Amendment amendment) {
            return new Allocation(amendment.agreement().projectNumber(), amendment.effectiveOn(),
                    amendment.newChf().amount());
        }

        /** What was in force on the amendment's date before it: the amendment it replaced, or the signature. */
        static Allocation replacedBy(Amendment amendment) {
            Agreement line = amendment.agreement();
            return line.amendmentReplacedBy(amendment).map(Allocation::of).orElseGet(() -> of(line));
        }
    }
}
