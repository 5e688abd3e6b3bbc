package org.itu.bdt.portfolio.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** The newest revision of a project the reporting service has seen. */
@Entity
@Table(name = "project_fact")
public class ProjectFact extends PanacheEntityBase {

    /** Where a project without any date is counted, so that every report includes it. */
    static final LocalDate UNDATED = LocalDate.of(1900, 1, 1);

    @Id
    @Column(name = "project_number")
    public String projectNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false)
    public Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ProjectStatus status;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "revision", nullable = false)
    public int revision;

    protected ProjectFact() {
    }

    public ProjectFact(String projectNumber, Region region, ProjectStatus status,
                       LocalDate signedOn, LocalDate startDate, int revision) {
        this.projectNumber = projectNumber;
        this.region = region;
        this.status = status;
        this.signedOn = signedOn;
        this.startDate = startDate;
        this.revision = revision;
    }

    boolean supersedes(ProjectFact known) {
        return known == null || revision > known.revision;
    }

    boolean isOngoing() {
        return status == ProjectStatus.ONGOING;
    }

    LocalDate countedFrom() {
        if (signedOn != null) {
            return signedOn;
        }
        return startDate != null ? startDate : UNDATED;
    }
}
