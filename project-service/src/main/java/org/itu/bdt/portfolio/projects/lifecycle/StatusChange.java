package org.itu.bdt.portfolio.projects.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.itu.bdt.portfolio.projects.registry.Project;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** One step of a project's history: who moved it to which status, on which date, and why. Never changes. */
@Entity
@Table(name = "project_status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_number")
    private String projectNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ProjectStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ProjectStatus to;
    @Column(name = "changed_on")
    private LocalDate changedOn;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Enumerated(EnumType.STRING)
    private TransitionCause cause;
    private String actor;
    private String reason;
    private long revision;

    protected StatusChange() {
    }

    StatusChange(Project project, ProjectStatus from, TransitionCause cause, String actor, String reason) {
        this.projectNumber = project.projectNumber();
        this.from = from;
        this.to = project.status();
        this.changedOn = project.statusSince();
        this.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.cause = cause;
        this.actor = actor;
        this.reason = reason;
        this.revision = project.version();
    }

    public static List<StatusChange> historyOf(String projectNumber) {
        return list("projectNumber = ?1 order by id", projectNumber);
    }

    public String projectNumber() {
        return projectNumber;
    }

    public ProjectStatus from() {
        return from;
    }

    public ProjectStatus to() {
        return to;
    }

    public LocalDate changedOn() {
        return changedOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public TransitionCause cause() {
        return cause;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }

    public long revision() {
        return revision;
    }
}
