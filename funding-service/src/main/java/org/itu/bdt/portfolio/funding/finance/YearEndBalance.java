package org.itu.bdt.portfolio.funding.finance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.itu.bdt.portfolio.funding.agreements.Agreement;
import org.itu.bdt.portfolio.funding.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What was left of a funding line at the end of a financial year, in CHF, as the finance system closed it. */
@Entity
@Table(name = "year_end_balance")
public class YearEndBalance extends PanacheEntityBase {
    @Id
    private String reference;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_number")
    private Agreement agreement;
    @Column(name = "year")
    private int financialYear;
    @Column(name = "balance_chf", precision = 19, scale = 2)
    private BigDecimal balanceChf;
    @Column(name = "as_of")
    private LocalDate asOf;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected YearEndBalance() {
    }

    YearEndBalance(BalanceTerms terms, Agreement agreement, Instant recordedAt) {
        this.reference = terms.reference();
        this.agreement = agreement;
        this.financialYear = terms.year();
        this.balanceChf = terms.balanceChf();
        this.asOf = terms.asOf();
        this.recordedAt = recordedAt;
    }

    BalanceTerms terms() {
        return new BalanceTerms(reference, agreement.agreementNumber(), financialYear, balanceChf, asOf);
    }

    public String reference() {
        return reference;
    }

    public Agreement agreement() {
        return agreement;
    }

    public int year() {
        return financialYear;
    }

    public Money balance() {
        return Money.chf(balanceChf);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
