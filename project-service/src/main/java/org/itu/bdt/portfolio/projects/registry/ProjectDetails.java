package org.itu.bdt.portfolio.projects.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The editable facts of a project: everything but its number and version. {@code regionalInitiatives} lists
 * codes of the codelist ({@link RegionalInitiatives}); their region is checked where they are read.
 */
public record ProjectDetails(
        String title,
        Region region,
        Scope scope,
        List<String> regionalInitiatives,
        LocalDate signedOn,
        LocalDate startDate,
        LocalDate endDate,
        ProjectStatus status,
        ProjectProfile profile) {

    public ProjectDetails {
        ActivityDates.requireInRange("signedOn", signedOn);
        ActivityDates.requireInRange("startDate", startDate);
        ActivityDates.requireInRange("endDate", endDate);
        ActivityDates.requireOrder("startDate", startDate, "endDate", endDate);
        regionalInitiatives = List.copyOf(Objects.requireNonNullElse(regionalInitiatives, List.of()));
        profile = Objects.requireNonNullElse(profile, ProjectProfile.EMPTY).plannedFrom(startDate, endDate);
    }

    /** A project known by its first-release facts only: one initiative at most, no profile. */
    public ProjectDetails(String title, Region region, Scope scope, String regionalInitiative, LocalDate signedOn,
                          LocalDate startDate, LocalDate endDate, ProjectStatus status) {
        this(title, region, scope, regionalInitiative == null ? List.of() : List.of(regionalInitiative), signedOn,
                startDate, endDate, status, ProjectProfile.EMPTY);
    }

    /** The single code of the first release: none, the one initiative, or MULTIPLE. */
    public String regionalInitiative() {
        return RegionalInitiatives.single(regionalInitiatives);
    }

    public ProjectDetails withStatusIfAbsent(ProjectStatus fallback) {
        return status != null ? this
                : new ProjectDetails(title, region, scope, regionalInitiatives, signedOn, startDate, endDate, fallback,
                profile);
    }
}
