package org.itu.bdt.portfolio.reporting.readmodel;

import org.itu.bdt.portfolio.reporting.ledger.LedgerAmounts;
import org.itu.bdt.portfolio.reporting.ledger.ProjectContributions.ProjectFigures;
import org.itu.bdt.portfolio.reporting.ledger.ProjectStatus;

import java.time.LocalDate;
import java.util.Iterator;

/**
 * Figure 1's figures of each project as the sources state them, counted by the reports' rules, in project-number
 * order: project-service's projects joined with funding-service's totals as both are walked (a merge by project
 * number), so that only a page of each is held. Projects that count for nothing in Figure 1 are passed, and so are
 * totals of projects project-service does not list. Project numbers have one fixed pattern (a digit, three capitals,
 * five digits), so the sources' database order and Java's string order agree.
 */
final class SourceFigures {

    private final LocalDate asOf;
    private final Iterator<SourceProject> projects;
    private final Iterator<SourceFunding> funding;
    private SourceFunding fundingHead;
    private String lastProject = "";
    private ProjectFigures next;

    SourceFigures(SourcePortfolio sources) {
        this.asOf = sources.asOf();
        this.projects = sources.projects();
        this.funding = sources.funding();
    }

    /** The next project that counts, left in place; null after the last. */
    ProjectFigures peek() {
        if (next == null) {
            next = advance();
        }
        return next;
    }

    ProjectFigures take() {
        ProjectFigures taken = peek();
        next = null;
        return taken;
    }

    private ProjectFigures advance() {
        while (projects.hasNext()) {
            SourceProject project = projects.next();
            // project-service pages by offset: a project registered meanwhile before the page repeats its last one
            if (project.projectNumber().compareTo(lastProject) <= 0) {
                continue;
            }
            lastProject = project.projectNumber();
            if (project.status() != ProjectStatus.ONGOING) {
                continue;
            }
            LedgerAmounts funded = fundingOf(project.projectNumber());
            LedgerAmounts counted = project.countsOn(asOf) ? funded.plus(LedgerAmounts.ONE_PROJECT) : funded;
            if (!counted.isNone()) {
                return new ProjectFigures(project.projectNumber(), project.region(), counted);
            }
        }
        return null;
    }

    /** The project's totals: those of the projects before it are passed on the way. */
    private LedgerAmounts fundingOf(String projectNumber) {
        while ((fundingHead == null || fundingHead.projectNumber().compareTo(projectNumber) < 0) && funding.hasNext()) {
            fundingHead = funding.next();
        }
        return fundingHead != null && fundingHead.projectNumber().equals(projectNumber)
                ? fundingHead.portfolioAmounts() : LedgerAmounts.NONE;
    }
}
