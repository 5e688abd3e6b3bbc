package org.itu.bdt.portfolio.reporting.readmodel;

import org.itu.bdt.portfolio.reporting.ledger.ProjectFact;
import org.itu.bdt.portfolio.reporting.ledger.ProjectStatus;
import org.itu.bdt.portfolio.reporting.ledger.Region;

import java.time.LocalDate;

/** A project as project-service, its source, lists it. */
public record SourceProject(String projectNumber, Region region, ProjectStatus status, LocalDate signedOn,
                            LocalDate startDate) {

    /** The reports' own rule: an ongoing project counts from its signature, else its start, else always. */
    boolean countsOn(LocalDate date) {
        return status == ProjectStatus.ONGOING
                && !new ProjectFact(projectNumber, region, status, signedOn, startDate, 0).countedFrom().isAfter(date);
    }
}
