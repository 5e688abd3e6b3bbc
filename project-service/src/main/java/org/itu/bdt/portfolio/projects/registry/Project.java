package org.itu.bdt.portfolio.projects.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Project extends PanacheEntityBase {

    /** What the audit trail calls a project; its id there is the project number. */
    public static final String AUDITED_AS = "project";

    @Id
    @Column(name = "project_number")
    private String projectNumber;
    private String title;
    @Enumerated(EnumType.STRING)
    private Region region;
    @Enumerated(EnumType.STRING)
    private Scope scope;
    /** The single code of the first release, kept for readers and searches of the one column. */
    @Column(name = "regional_initiative")
    private String regionalInitiative;
    @ElementCollection
    @CollectionTable(name = "project_regional_initiative", joinColumns = @JoinColumn(name = "project_number"))
    @OrderColumn(name = "position")
    @Column(name = "code")
    @BatchSize(size = 200)
    private List<String> regionalInitiatives = new ArrayList<>();
    private String description;
    @ElementCollection
    @CollectionTable(name = "project_recipient_country", joinColumns = @JoinColumn(name = "project_number"))
    @OrderColumn(name = "position")
    @Column(name = "country_code")
    @BatchSize(size = 200)
    private List<String> recipientCountries = new ArrayList<>();
    @Column(name = "project_manager")
    private String projectManager;
    @Column(name = "implementing_office")
    private String implementingOffice;
    @Column(name = "planned_start_date")
    private LocalDate plannedStartDate;
    @Column(name = "planned_end_date")
    private LocalDate plannedEndDate;
    @Column(name = "actual_start_date")
    private LocalDate actualStartDate;
    @Column(name = "actual_end_date")
    private LocalDate actualEndDate;
    @ElementCollection
    @CollectionTable(name = "project_document", joinColumns = @JoinColumn(name = "project_number"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    private List<ProjectDocument> documents = new ArrayList<>();
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
        ProjectProfile profile = new ProjectProfile(description, recipientCountries, projectManager,
                implementingOffice, new ActivityDates(plannedStartDate, plannedEndDate, actualStartDate, actualEndDate),
                documents);
        return new ProjectDetails(title, region, scope, regionalInitiatives, signedOn, startDate, endDate, status,
                profile);
    }

    /** Moves to a status; the lifecycle rules are checked by {@link LifecycleService}. */
    public void enter(ProjectStatus next, LocalDate since) {
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
        replace(regionalInitiatives, details.regionalInitiatives());
        signedOn = details.signedOn();
        startDate = details.startDate();
        endDate = details.endDate();
        status = details.status();
        apply(details.profile());
    }

    private void apply(ProjectProfile profile) {
        description = profile.description();
        replace(recipientCountries, profile.recipientCountries());
        projectManager = profile.projectManager();
        implementingOffice = profile.implementingOffice();
        ActivityDates dates = profile.activityDates();
        plannedStartDate = dates.plannedStartDate();
        plannedEndDate = dates.plannedEndDate();
        actualStartDate = dates.actualStartDate();
        actualEndDate = dates.actualEndDate();
        replace(documents, profile.documents());
    }

    /** Collections are changed in place: Hibernate tracks the one it loaded. */
    private static <T> void replace(List<T> current, List<T> next) {
        if (!current.equals(next)) {
            current.clear();
            current.addAll(next);
        }
    }
}
