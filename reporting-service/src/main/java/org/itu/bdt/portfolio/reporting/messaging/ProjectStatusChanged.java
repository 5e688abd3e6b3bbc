package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.ledger.ProjectStatus;
import org.itu.bdt.portfolio.reporting.ledger.StatusChangeFact;

import java.time.LocalDate;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/** Data of ProjectStatusChanged: a project takes status {@code to} from {@code changedOn} on. */
record ProjectStatusChanged(String projectNumber, ProjectStatus from, ProjectStatus to, LocalDate changedOn,
                            String reason, String actor, Integer revision, Boolean imported) {

    StatusChangeFact toFact() {
        return new StatusChangeFact(required(projectNumber, "projectNumber"), required(revision, "revision"), from,
                required(to, "to"), required(changedOn, "changedOn"), reason, actor, Boolean.TRUE.equals(imported));
    }
}
