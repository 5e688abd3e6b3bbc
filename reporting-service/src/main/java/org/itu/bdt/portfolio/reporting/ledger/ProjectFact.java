package org.itu.bdt.portfolio.reporting.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.List;

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

    @Column(name = "title")
    public String title;

    @Column(name = "scope")
    public String scope;

    @Column(name = "regional_initiative")
    public String regionalInitiative;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "regional_initiatives", nullable = false)
    public List<Initiative> regionalInitiatives = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recipient_countries", nullable = false)
    public List<String> recipientCountries = List.of();

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "status_since")
    public LocalDate statusSince;

    @Column(name = "imported", nullable = false)
    public boolean imported = true;

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

    /** The descriptive fields of the snapshot; missing lists (events older than them) stay empty. */
    public ProjectFact describedAs(ProjectDescription description) {
        title = description.title();
        scope = description.scope();
        regionalInitiative = description.regionalInitiative();
        regionalInitiatives = description.regionalInitiatives() == null ? List.of()
                : List.copyOf(description.regionalInitiatives());
        recipientCountries = description.recipientCountries() == null ? List.of()
                : List.copyOf(description.recipientCountries());
        endDate = description.endDate();
        statusSince = description.statusSince();
        imported = description.imported() == null || description.imported();
        return this;
    }

    boolean supersedes(ProjectFact known) {
        return known == null || revision > known.revision;
    }

    /** The initiative codes the project serves: its list, else its single code, else none. */
    public List<String> initiativeCodes() {
        if (!regionalInitiatives.isEmpty()) {
            return regionalInitiatives.stream().map(Initiative::code).distinct().toList();
        }
        return regionalInitiative == null ? List.of() : List.of(regionalInitiative);
    }

    /** Without any status change, the project's status counts from this date on (the rule before the history). */
    public LocalDate countedFrom() {
        if (signedOn != null) {
            return signedOn;
        }
        return startDate != null ? startDate : UNDATED;
    }
}
