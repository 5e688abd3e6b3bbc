package org.itu.bdt.portfolio.reporting.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Replaces an agreement's CHF amount from its effective date on (a new amount, not a delta). */
@Entity
@Table(name = "amendment_fact")
public class AmendmentFact extends PanacheEntityBase {

    @Id
    @Column(name = "amendment_id")
    public String amendmentId;

    @Column(name = "agreement_number", nullable = false)
    public String agreementNumber;

    @Column(name = "project_number", nullable = false)
    public String projectNumber;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    /** The amendment's place in its agreement's history; null for events published before they carried it. */
    @Column(name = "sequence")
    public Integer sequence;

    @Column(name = "new_chf_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal newChfAmount;

    @Column(name = "new_original_amount", precision = 19, scale = 2)
    public BigDecimal newOriginalAmount;

    protected AmendmentFact() {
    }

    public AmendmentFact(String amendmentId, String agreementNumber, String projectNumber,
                         LocalDate effectiveOn, BigDecimal newChfAmount) {
        this(amendmentId, agreementNumber, projectNumber, effectiveOn, null, newChfAmount, null);
    }

    public AmendmentFact(String amendmentId, String agreementNumber, String projectNumber, LocalDate effectiveOn,
                         Integer sequence, BigDecimal newChfAmount, BigDecimal newOriginalAmount) {
        this.amendmentId = amendmentId;
        this.agreementNumber = agreementNumber;
        this.projectNumber = projectNumber;
        this.effectiveOn = effectiveOn;
        this.sequence = sequence;
        this.newChfAmount = newChfAmount;
        this.newOriginalAmount = newOriginalAmount;
    }
}
