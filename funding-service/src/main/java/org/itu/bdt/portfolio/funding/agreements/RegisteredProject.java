package org.itu.bdt.portfolio.funding.agreements;

/**
 * What funding-service needs of project-service's project: its number and status. The status stays a string,
 * so that a status project-service adds later is an answer here, not a failure to read one.
 */
public record RegisteredProject(String projectNumber, String status) {
    public static final String ONGOING = "ONGOING";
    public static final String APPROVED = "APPROVED";

    public boolean isOngoing() {
        return ONGOING.equals(status);
    }

    /** Approved by the Project Board and not closed, suspended or cancelled since. */
    public boolean isApprovedOrOngoing() {
        return APPROVED.equals(status) || isOngoing();
    }
}
