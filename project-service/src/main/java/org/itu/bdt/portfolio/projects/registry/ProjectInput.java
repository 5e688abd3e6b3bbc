package org.itu.bdt.portfolio.projects.registry;

import java.time.LocalDate;
import java.util.List;

/** The editable fields that POST and PUT bodies share, and how they become a project's details. */
interface ProjectInput {

    String title();

    Region region();

    Scope scope();

    String regionalInitiative();

    List<String> regionalInitiatives();

    LocalDate signedOn();

    LocalDate startDate();

    LocalDate endDate();

    ProjectStatus status();

    String description();

    List<String> recipientCountries();

    String projectManager();

    String implementingOffice();

    LocalDate plannedStartDate();

    LocalDate plannedEndDate();

    LocalDate actualStartDate();

    LocalDate actualEndDate();

    List<ProjectDocument> documents();

    default ProjectDetails details() {
        ProjectProfile profile = new ProjectProfile(description(), recipientCountries(), projectManager(),
                implementingOffice(),
                new ActivityDates(plannedStartDate(), plannedEndDate(), actualStartDate(), actualEndDate()),
                documents());
        return new ProjectDetails(title(), region(), scope(), initiativeCodes(), signedOn(), startDate(), endDate(),
                status(), profile);
    }

    /**
     * The list wins; the single field of the first release (which the reference loader still sends) is read
     * when the list is absent, and must agree with the list when both are sent.
     */
    private List<String> initiativeCodes() {
        List<String> codes = regionalInitiatives();
        String single = regionalInitiative();
        if (codes == null || codes.isEmpty()) {
            List<String> one = single == null ? List.of() : List.of(single);
            RegionalInitiatives.check(region(), scope(), one, index -> "regionalInitiative");
            return one;
        }
        RegionalInitiatives.check(region(), scope(), codes, index -> "regionalInitiatives[" + index + "]");
        String implied = RegionalInitiatives.single(codes);
        if (single != null && !single.equals(implied)) {
            throw new InvalidProjectException("regionalInitiative",
                    "must be " + implied + " for these regionalInitiatives, or absent");
        }
        return codes;
    }
}
