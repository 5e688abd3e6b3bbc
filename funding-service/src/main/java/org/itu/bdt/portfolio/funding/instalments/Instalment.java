package org.itu.bdt.portfolio.funding.instalments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** An amount a partner is due to pay on a date, in the agreement's currency; sequence follows the due dates. */
@Entity
@Table(name = "instalment")
public class Instalment extends PanacheEntityBase {
    @Id
    @Column(name = "instalment_id")
    private String instalmentId;
    @Column(name = "agreement_number")
    private String agreementNumber;
    private int sequence;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(precision = 19, scale = 2)
    private BigDecimal amount;

    protected Instalment() {
    }

    Instalment(String agreementNumber, int sequence, LocalDate dueOn, BigDecimal amount) {
        this.instalmentId = agreementNumber + "-I" + sequence;
        this.agreementNumber = agreementNumber;
        this.sequence = sequence;
        this.dueOn = dueOn;
        this.amount = amount;
    }

    static List<Instalment> ofAgreement(String agreementNumber) {
        return list("agreementNumber", Sort.by("sequence"), agreementNumber);
    }

    static List<Instalment> ofAgreements(Collection<String> agreementNumbers) {
        return list("agreementNumber in ?1", Sort.by("agreementNumber").and("sequence"), agreementNumbers);
    }

    public String instalmentId() {
        return instalmentId;
    }

    public String agreementNumber() {
        return agreementNumber;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public BigDecimal amount() {
        return amount;
    }
}
