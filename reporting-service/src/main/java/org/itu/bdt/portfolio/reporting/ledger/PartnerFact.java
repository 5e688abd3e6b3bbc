package org.itu.bdt.portfolio.reporting.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A funding partner as funding-service registered it; the reports print its name. */
@Entity
@Table(name = "partner_fact")
public class PartnerFact extends PanacheEntityBase {

    @Id
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "type")
    public String type;

    @Column(name = "country")
    public String country;

    @Column(name = "revision", nullable = false)
    public int revision;

    protected PartnerFact() {
    }

    public PartnerFact(String partnerId, String name, String type, String country, int revision) {
        this.partnerId = partnerId;
        this.name = name;
        this.type = type;
        this.country = country;
        this.revision = revision;
    }
}
