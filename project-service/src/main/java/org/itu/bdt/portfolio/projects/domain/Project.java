package org.itu.bdt.portfolio.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;

@Entity
public class Project extends PanacheEntityBase {

    @Id
    @Column(name = "project_number")
    private String projectNumber;
    private String title;
    @Enumerated(EnumType.STRING)
    private Region region;
    @Enumerated(EnumType.STRING)
    private Scope scope;
    @Column(name = "regional_initiative")
    private String regionalInitiative;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    private ProjectStatus status;
    @Column(name = "status_since")
    private LocalDate statusSince;
    /** Its status was loaded as it stood, not reached through the lifecycle. */
    private boolean imported;
    /** Starts at 1 and grows by one with every change: the ETag and the events' revision. */
    @Version
    private long version = 1;

    protected Project() {
    }

    public Project(String projectNumber, ProjectDetails details, LocalDate statusSince, boolean imported) {
        this.projectNumber = projectNumber;
        this.statusSince = statusSince;
        this.imported = imported;
        apply(details);
    }

    /** Replaces the editable facts; returns whether anything changed. */
    public boolean revise(ProjectDetails details) {
        if (details.equals(details())) {
            return false;
        }
        apply(details);
        return true;
    }

    public ProjectDetails details() {
        return new ProjectDetails(title, region, scope, regionalInitiative, signedOn, startDate, endDate, status);
    }

    /** Moves to a status; the lifecycle rules are checked by {@link ProjectTransitions}. */
    void enter(ProjectStatus next, LocalDate since) {
        status = next;
        statusSince = since;
        if (next == ProjectStatus.ONGOING && signedOn == null) {
            signedOn = since;
        }
    }

    public ProjectStatus status() {
        return status;
    }

    public LocalDate statusSince() {
        return statusSince;
    }

    public boolean imported() {
        return imported;
    }

    public String projectNumber() {
        return projectNumber;
    }

    public long version() {
        return version;
    }

    private void apply(ProjectDetails details) {
        title = details.title();
        region = details.region();
        scope = details.scope();
        regionalInitiative = details.regionalInitiative();
        signedOn = details.signedOn();
        startDate = details.startDate();
        endDate = details.endDate();
        status = details.status();
    }
}
