package org.itu.bdt.portfolio.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Clock;
import java.time.LocalDate;

/** Registers, revises and finds projects. Callers own the transaction. */
@ApplicationScoped
public class ProjectRegistry {

    private final Clock clock;

    ProjectRegistry(Clock clock) {
        this.clock = clock;
    }

    /**
     * Registers a new project as PROPOSED, or imports an existing one when its status is given: the status then
     * holds from {@code statusSince} (by default its signature date, else its start date, else today).
     */
    public Project register(String projectNumber, ProjectDetails details, LocalDate statusSince) {
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
        return project;
    }

    /** Replaces the editable facts; the status only moves through the lifecycle, so it may only be repeated. */
    public ProjectRevision revise(String projectNumber, Long expectedVersion, ProjectDetails details) {
        Project project = find(projectNumber);
        if (expectedVersion != null && expectedVersion != project.version()) {
            throw new StaleProjectVersionException(projectNumber, expectedVersion, project.version());
        }
        if (details.status() != null && details.status() != project.status()) {
            throw IllegalTransitionException.throughUpdate(projectNumber, project.status(), details.status());
        }
        boolean changed = project.revise(details.withStatusIfAbsent(project.status()));
        if (changed) {
            // the version grows on flush, and the event must carry the new one
            Project.flush();
        }
        return new ProjectRevision(project, changed);
    }

    public Project find(String projectNumber) {
        return Project.<Project>findByIdOptional(projectNumber)
                .orElseThrow(() -> new ProjectNotFoundException(projectNumber));
    }

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
