package org.itu.bdt.portfolio.projects.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/** A project's agreement as funding-service announced it: who funds, since when, until a cancellation. */
@Entity
@Table(name = "project_agreement")
public class ProjectAgreement extends PanacheEntityBase {

    @Id
    @Column(name = "agreement_number")
    private String agreementNumber;
    @Column(name = "project_number")
    private String projectNumber;
    @Column(name = "partner_id")
    private String partnerId;
    @Column(name = "funding_source")
    private String fundingSource;
    private String kind;
    private String contribution;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    protected ProjectAgreement() {
    }

    public ProjectAgreement(String agreementNumber, String projectNumber, String partnerId, String fundingSource,
                            String kind, String contribution, LocalDate signedOn) {
        this.agreementNumber = agreementNumber;
        this.projectNumber = projectNumber;
        this.partnerId = partnerId;
        this.fundingSource = fundingSource;
        this.kind = kind;
        this.contribution = contribution;
        this.signedOn = signedOn;
    }

    public static List<ProjectAgreement> ofProject(String projectNumber) {
        return list("projectNumber = ?1 order by signedOn, agreementNumber", projectNumber);
    }

    /** Whether the partner signed an agreement for the project, cancelled since or not: it funds or funded it. */
    public static boolean signedBy(String partnerId, String projectNumber) {
        return count("partnerId = ?1 and projectNumber = ?2", partnerId, projectNumber) > 0;
    }

    void cancel(LocalDate on) {
        cancelledOn = on;
    }

    public String agreementNumber() {
        return agreementNumber;
    }

    public String projectNumber() {
        return projectNumber;
    }

    /** Null for ITU money (an ICT-DF allocation). */
    public String partnerId() {
        return partnerId;
    }

    public String fundingSource() {
        return fundingSource;
    }

    public String kind() {
        return kind;
    }

    public String contribution() {
        return contribution;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }
}
