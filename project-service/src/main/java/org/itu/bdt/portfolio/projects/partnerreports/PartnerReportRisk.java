package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A risk to the project's implementation, as the report tells the partner about it. */
@Embeddable
public class PartnerReportRisk {

    @Column(name = "description")
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "rating")
    private RiskRating rating;
    @Column(name = "mitigation")
    private String mitigation;

    protected PartnerReportRisk() {
    }

    public PartnerReportRisk(String description, RiskRating rating, String mitigation) {
        this.description = description;
        this.rating = rating;
        this.mitigation = mitigation;
    }

    public String description() {
        return description;
    }

    public RiskRating rating() {
        return rating;
    }

    public String mitigation() {
        return mitigation;
    }
}
