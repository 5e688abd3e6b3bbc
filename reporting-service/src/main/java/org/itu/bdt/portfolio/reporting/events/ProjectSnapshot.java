package org.itu.bdt.portfolio.reporting.events;

import org.itu.bdt.portfolio.reporting.domain.ProjectFact;
import org.itu.bdt.portfolio.reporting.domain.ProjectStatus;
import org.itu.bdt.portfolio.reporting.domain.Region;

import java.time.LocalDate;

import static org.itu.bdt.portfolio.reporting.events.EventPayloads.required;

/** Data of ProjectRegistered and ProjectUpdated, reduced to the fields the reports use. */
record ProjectSnapshot(String projectNumber, Region region, ProjectStatus status,
                       LocalDate signedOn, LocalDate startDate, Integer revision) {

    ProjectFact toFact() {
        return new ProjectFact(required(projectNumber, "projectNumber"), required(region, "region"),
                required(status, "status"), signedOn, startDate, required(revision, "revision"));
    }
}
