package org.itu.bdt.portfolio.reporting.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A signed funding agreement of a project, with its amount as signed, its kind and its type of contribution. */
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

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public AgreementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "contribution", nullable = false)
    public ContributionType contribution;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "currency")
    public String currency;

    @Column(name = "original_amount", precision = 19, scale = 2)
    public BigDecimal originalAmount;

    @Column(name = "rate")
    public BigDecimal rate;

    @Column(name = "rate_month")
    public String rateMonth;

    @Column(name = "rate_source")
    public String rateSource;

    protected AgreementFact() {
    }

    public AgreementFact(String agreementNumber, String projectNumber, FundingSource fundingSource,
                         BigDecimal chfAmount, LocalDate signedOn, AgreementKind kind,
                         ContributionType contribution) {
        this.agreementNumber = agreementNumber;
        this.projectNumber = projectNumber;
        this.fundingSource = fundingSource;
        this.chfAmount = chfAmount;
        this.signedOn = signedOn;
        this.kind = kind;
        this.contribution = contribution;
    }

    /** Who funds it and how its CHF amount was converted, as the drill-downs show it. */
    public AgreementFact convertedFrom(String partner, Conversion conversion) {
        partnerId = partner;
        currency = conversion.currency();
        originalAmount = conversion.originalAmount();
        rate = conversion.rate();
        rateMonth = conversion.rateMonth();
        rateSource = conversion.rateSource();
        return this;
    }

    /** Figure 1 counts cash for projects: project and supplementary agreements, not sponsorships or in-kind. */
    public boolean countsInPortfolio() {
        return contribution == ContributionType.CASH
                && (kind == AgreementKind.PROJECT_AGREEMENT || kind == AgreementKind.SUPPLEMENTARY_AGREEMENT);
    }

    /** Figures 2 to 4 value new projects by their cash project agreements; supplements are reported apart. */
    public boolean fundsANewProject() {
        return contribution == ContributionType.CASH && kind == AgreementKind.PROJECT_AGREEMENT;
    }
}
