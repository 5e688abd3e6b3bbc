package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** The money side of a partner report, in the agreement's currency, exact to the cent. */
@Embeddable
public class FinancialSummary {

    @Column(name = "financial_currency")
    private String currency;
    @Column(name = "financial_received")
    private BigDecimal received;
    @Column(name = "financial_spent")
    private BigDecimal spent;
    @Column(name = "financial_committed")
    private BigDecimal committed;

    protected FinancialSummary() {
    }

    public FinancialSummary(String currency, BigDecimal received, BigDecimal spent, BigDecimal committed) {
        this.currency = currency;
        this.received = received;
        this.spent = spent;
        this.committed = committed;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal received() {
        return received;
    }

    public BigDecimal spent() {
        return spent;
    }

    public BigDecimal committed() {
        return committed;
    }
}
