package org.itu.bdt.portfolio.funding.agreements;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What funding-service needs of project-service's project: its number and status. The status stays a string,
 * so that a status project-service adds later is an answer here, not a failure to read one; the project's other
 * properties, today's and those it adds later, are ignored although this service refuses unknown properties in
 * the requests it is sent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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
