package org.itu.bdt.portfolio.projects.board;

import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.projects.registry.Project;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;

import java.time.LocalDate;
import java.util.List;

/** Proposals awaiting approval: every project PROPOSED by the meeting's date, deferred ones included. */
@ApplicationScoped
public class ProposedProjects implements AgendaSource {

    static final String REFERENCE_PREFIX = "proposal/";

    @Override
    public List<AgendaSuggestion> suggestionsFor(LocalDate meetingDate) {
        return Project.<Project>list("status = ?1 and statusSince <= ?2 order by projectNumber",
                        ProjectStatus.PROPOSED, meetingDate).stream()
                .map(project -> new AgendaSuggestion(AgendaItemKind.NEW_PROPOSAL, project.projectNumber(),
                        project.details().title(), REFERENCE_PREFIX + project.projectNumber()))
                .toList();
    }
}
