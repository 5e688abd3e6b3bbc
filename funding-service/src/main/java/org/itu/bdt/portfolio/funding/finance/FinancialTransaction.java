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

/** A commitment, disbursement, expenditure or incoming funds on one funding line, as the finance system booked it. */
@Entity
@Table(name = "financial_transaction")
public class FinancialTransaction extends PanacheEntityBase {
    @Id
    private String reference;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_number")
    private Agreement agreement;
    @Column(name = "type_code")
    private String typeCode;
    @Column(name = "transaction_date")
    private LocalDate transactionDate;
    private String currency;
    @Column(precision = 19, scale = 2)
    private BigDecimal amount;
    @Column(name = "chf_amount", precision = 19, scale = 2)
    private BigDecimal chfAmount;
    private String description;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected FinancialTransaction() {
    }

    public String reference() {
        return reference;
    }

    public Agreement agreement() {
        return agreement;
    }

    public String typeCode() {
        return typeCode;
    }

    public String typeName() {
        return TransactionTypeCodelist.IATI.name(typeCode).orElseThrow();
    }

    public LocalDate transactionDate() {
        return transactionDate;
    }

    public Money amount() {
        return Money.of(amount, currency);
    }

    public Money chf() {
        return Money.chf(chfAmount);
    }

    public String description() {
        return description;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
