package org.itu.bdt.portfolio.reporting.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** One status a project took, from changedOn on; keyed by the revision that carried it. */
@Entity
@Table(name = "status_change_fact")
@IdClass(StatusChangeFact.Key.class)
public class StatusChangeFact extends PanacheEntityBase {

    @Id
    @Column(name = "project_number")
    public String projectNumber;

    @Id
    @Column(name = "revision")
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ProjectStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ProjectStatus to;

    @Column(name = "changed_on", nullable = false)
    public LocalDate changedOn;

    @Column(name = "reason")
    public String reason;

    @Column(name = "actor")
    public String actor;

    @Column(name = "imported", nullable = false)
    public boolean imported;

    protected StatusChangeFact() {
    }

    public StatusChangeFact(String projectNumber, int revision, ProjectStatus from, ProjectStatus to,
                            LocalDate changedOn, String reason, String actor, boolean imported) {
        this.projectNumber = projectNumber;
        this.revision = revision;
        this.from = from;
        this.to = to;
        this.changedOn = changedOn;
        this.reason = reason;
        this.actor = actor;
        this.imported = imported;
    }

    /** The composite primary key, as JPA wants it for {@link IdClass}. */
    public static class Key implements Serializable {
        public String projectNumber;
        public int revision;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.revision == revision
                    && Objects.equals(key.projectNumber, projectNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectNumber, revision);
        }
    }
}
