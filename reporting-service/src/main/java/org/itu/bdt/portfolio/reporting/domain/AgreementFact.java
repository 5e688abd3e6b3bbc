package org.itu.bdt.portfolio.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A signed funding agreement of a project, with its amount as signed. */
@Entity
@Table(name = "agreement_fact")
public class AgreementFact extends PanacheEntityBase {

    @Id
    @Column(name = "agreement_number")
    public String agreementNumber;

    @Column(name = "project_number", nullable = false)
    public String projectNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false)
    public FundingSource fundingSource;

    @Column(name = "chf_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal chfAmount;

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    protected AgreementFact() {
    }

    public AgreementFact(String agreementNumber, String projectNumber, FundingSource fundingSource,
                         BigDecimal chfAmount, LocalDate signedOn) {
        this.agreementNumber = agreementNumber;
        this.projectNumber = projectNumber;
        this.fundingSource = fundingSource;
        this.chfAmount = chfAmount;
        this.signedOn = signedOn;
    }
}
