package org.itu.bdt.portfolio.projects.registry;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Registers, revises, finds and searches projects; reads join the caller's transaction if there is one. Every change
 * is in the audit trail with the project's record before and after it.
 */
@ApplicationScoped
@Transactional
public class ProjectService {

    private final ProjectLifecycle lifecycle;
    private final Event<ProjectRegistered> registered;
    private final Event<ProjectUpdated> updated;
    private final Clock clock;
    private final AuditTrail audit;

    ProjectService(ProjectLifecycle lifecycle, Event<ProjectRegistered> registered, Event<ProjectUpdated> updated,
                   Clock clock, AuditTrail audit) {
        this.lifecycle = lifecycle;
        this.registered = registered;
        this.updated = updated;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Registers a new project as PROPOSED, or imports an existing one when its status is given: the status then
     * holds from {@code statusSince} (by default its signature date, else its start date, else today). The first
     * step of its history comes before the registration's event, in the same transaction.
     */
    public Project register(String projectNumber, ProjectDetails details, LocalDate statusSince, String actor) {
        if (Project.findByIdOptional(projectNumber).isPresent()) {
            throw new ProjectAlreadyRegisteredException(projectNumber);
        }
        boolean imported = details.status() != null;
        LocalDate today = LocalDate.now(clock);
        LocalDate since = imported ? firstNonNull(statusSince, details.signedOn(), details.startDate(), today) : today;
        Project project = new Project(projectNumber, details.withStatusIfAbsent(ProjectStatus.PROPOSED), since, imported);
        try {
            project.persistAndFlush();
        } catch (PersistenceException e) {
            // a concurrent registration of the same number won the race
            if (e.getCause() instanceof ConstraintViolationException || e instanceof ConstraintViolationException) {
                throw new ProjectAlreadyRegisteredException(projectNumber);
            }
            throw e;
        }
        lifecycle.recordFirstStatus(project, actor);
        audit.record(Project.AUDITED_AS, projectNumber, imported ? "imported" : "registered", null, project.details());
        registered.fire(new ProjectRegistered(project));
        return project;
    }

    /** Replaces the editable facts; the status only moves through the lifecycle, so it may only be repeated. */
    public ProjectRevision revise(String projectNumber, Long expectedVersion, ProjectDetails details) {
        Project project = find(projectNumber);
        if (expectedVersion != null && expectedVersion != project.version()) {
            throw new StaleProjectVersionException(projectNumber, expectedVersion, project.version());
        }
        if (details.status() != null && details.status() != project.status()) {
            throw lifecycle.statusSetThroughRevision(project, details.status());
        }
        ProjectDetails before = project.details();
        boolean changed = project.revise(details.withStatusIfAbsent(project.status()));
        if (changed) {
            // the version grows on flush, and the event must carry the new one
            Project.flush();
            audit.record(Project.AUDITED_AS, projectNumber, "revised", before, project.details());
            updated.fire(new ProjectUpdated(project));
        }
        return new ProjectRevision(project, changed);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Project find(String projectNumber) {
        return Project.<Project>findByIdOptional(projectNumber)
                .orElseThrow(() -> new ProjectNotFoundException(projectNumber));
    }

    /**
     * A project as a caller may see it: a partner's portal sees only the projects its partner signed an agreement
     * for; any other is not found, as if it did not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Project findSeenBy(String projectNumber, Optional<String> partner) {
        Project project = find(projectNumber);
        if (partner.filter(partnerId -> !ProjectAgreement.signedBy(partnerId, projectNumber)).isPresent()) {
            throw new ProjectNotFoundException(projectNumber);
        }
        return project;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectPage search(ProjectSearch search, int page, int size) {
        PanacheQuery<Project> query = ProjectQuery.of(search).page(page, size);
        long total = query.count();
        int totalPages = (int) ((total + size - 1) / size);
        return new ProjectPage(query.list(), page, size, total, totalPages);
    }

    private static LocalDate firstNonNull(LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null) {
                return date;
            }
        }
        throw new IllegalArgumentException("no date");
    }
}
