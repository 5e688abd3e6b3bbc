package org.itu.bdt.portfolio.funding.instalments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.itu.bdt.portfolio.funding.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Money received against an agreement's schedule, under the finance system's reference, with the CHF booked for
 * it. Sequence is the order of recording, which decides which instalments each payment filled.
 */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {
    @Id
    private String reference;
    @Column(name = "agreement_number")
    private String agreementNumber;
    private int sequence;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(precision = 19, scale = 2)
    private BigDecimal amount;
    @Column(name = "chf_amount", precision = 19, scale = 2)
    private BigDecimal chfAmount;

    protected Payment() {
    }

    Payment(String reference, String agreementNumber, int sequence, LocalDate receivedOn, BigDecimal amount,
            Money chf) {
        this.reference = reference;
        this.agreementNumber = agreementNumber;
        this.sequence = sequence;
        this.receivedOn = receivedOn;
        this.amount = amount;
        this.chfAmount = chf.amount();
    }

    static List<Payment> ofAgreement(String agreementNumber) {
        return list("agreementNumber", Sort.by("sequence"), agreementNumber);
    }

    static List<Payment> ofAgreements(Collection<String> agreementNumbers) {
        return list("agreementNumber in ?1", Sort.by("agreementNumber").and("sequence"), agreementNumbers);
    }

    /** Whether a retry for this payment's agreement carries the same payment as the first request. */
    boolean sameAs(PaymentTerms terms) {
        return receivedOn.equals(terms.receivedOn()) && amount.compareTo(terms.amount()) == 0;
    }

    public String reference() {
        return reference;
    }

    public String agreementNumber() {
        return agreementNumber;
    }

    int sequence() {
        return sequence;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public BigDecimal amount() {
        return amount;
    }

    /** The CHF booked for the payment when it was recorded, at its agreement's rate. */
    public Money chf() {
        return Money.chf(chfAmount);
    }
}
