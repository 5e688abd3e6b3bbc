package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.itu.bdt.portfolio.funding.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Replaces its agreement's amounts from its effective date on; not a delta. */
@Entity
@Table(name = "amendment")
public class Amendment extends PanacheEntityBase {
    @Id
    @Column(name = "amendment_id")
    private String amendmentId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_number")
    private Agreement agreement;
    private int sequence;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    @Column(name = "new_original_amount", precision = 19, scale = 2)
    private BigDecimal newOriginalAmount;
    @Column(name = "new_chf_amount", precision = 19, scale = 2)
    private BigDecimal newChfAmount;
    private String reason;

    protected Amendment() {
    }

    Amendment(String amendmentId, Agreement agreement, int sequence, AmendmentTerms terms, BigDecimal newChfAmount) {
        this.amendmentId = amendmentId;
        this.agreement = agreement;
        this.sequence = sequence;
        this.effectiveOn = terms.effectiveOn();
        this.newOriginalAmount = terms.newOriginalAmount();
        this.newChfAmount = newChfAmount;
        this.reason = terms.reason();
    }

    public String amendmentId() {
        return amendmentId;
    }

    public Agreement agreement() {
        return agreement;
    }

    int sequence() {
        return sequence;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public Money newOriginal() {
        return Money.of(newOriginalAmount, agreement.currency());
    }

    public Money newChf() {
        return Money.chf(newChfAmount);
    }

    public String reason() {
        return reason;
    }
}
