package org.itu.bdt.portfolio.projects.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What the registry tells about a project beyond its identity and status: who runs it, where, and its papers. */
public record ProjectProfile(
        String description,
        List<String> recipientCountries,
        String projectManager,
        String implementingOffice,
        ActivityDates activityDates,
        List<ProjectDocument> documents) {

    public static final ProjectProfile EMPTY = new ProjectProfile(null, List.of(), null, null, ActivityDates.NONE,
            List.of());

    public ProjectProfile {
        recipientCountries = Objects.requireNonNullElse(recipientCountries, List.of());
        documents = Objects.requireNonNullElse(documents, List.of());
        RecipientCountries.check(recipientCountries);
        ProjectDocuments.check(documents);
        recipientCountries = List.copyOf(recipientCountries);
        documents = List.copyOf(documents);
        activityDates = Objects.requireNonNullElse(activityDates, ActivityDates.NONE);
    }

    /** The planned dates default to the project's start and end (IATI types 1 and 3). */
    ProjectProfile plannedFrom(LocalDate startDate, LocalDate endDate) {
        ActivityDates dates = new ActivityDates(
                activityDates.plannedStartDate() != null ? activityDates.plannedStartDate() : startDate,
                activityDates.plannedEndDate() != null ? activityDates.plannedEndDate() : endDate,
                activityDates.actualStartDate(), activityDates.actualEndDate());
        return new ProjectProfile(description, recipientCountries, projectManager, implementingOffice, dates, documents);
    }
}
