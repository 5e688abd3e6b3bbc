package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.ledger.Initiative;
import org.itu.bdt.portfolio.reporting.ledger.ProjectDescription;
import org.itu.bdt.portfolio.reporting.ledger.ProjectFact;
import org.itu.bdt.portfolio.reporting.ledger.ProjectStatus;
import org.itu.bdt.portfolio.reporting.ledger.Region;

import java.time.LocalDate;
import java.util.List;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/**
 * Data of ProjectRegistered and ProjectUpdated, reduced to the fields the reports use. The descriptive fields
 * came later: an event without them leaves them null or empty, and counts as imported.
 */
record ProjectSnapshot(String projectNumber, Region region, ProjectStatus status,
                       LocalDate signedOn, LocalDate startDate, Integer revision,
                       String title, String scope, String regionalInitiative, List<Initiative> regionalInitiatives,
                       List<String> recipientCountries, LocalDate endDate, LocalDate statusSince, Boolean imported) {

    ProjectFact toFact() {
        return new ProjectFact(required(projectNumber, "projectNumber"), required(region, "region"),
                required(status, "status"), signedOn, startDate, required(revision, "revision"))
                .describedAs(new ProjectDescription(title, scope, regionalInitiative, regionalInitiatives,
                        recipientCountries, endDate, statusSince, imported));
    }
}
