package org.itu.bdt.portfolio.projects.board;

import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.projects.registry.Project;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * ONGOING projects past their end date on the meeting's date need the board's guidance. The reference names the end
 * date, so that guidance given settles this overrun only: a project extended and overrunning again comes back.
 */
@ApplicationScoped
public class OverrunningProjects implements AgendaSource {

    static final String REFERENCE_PREFIX = "past-end-date/";

    @Override
    public List<AgendaSuggestion> suggestionsFor(LocalDate meetingDate) {
        return Project.<Project>list("status = ?1 and endDate < ?2 order by projectNumber",
                        ProjectStatus.ONGOING, meetingDate).stream()
                .map(OverrunningProjects::suggestion)
                .toList();
    }

    private static AgendaSuggestion suggestion(Project project) {
        LocalDate endDate = project.details().endDate();
        return new AgendaSuggestion(AgendaItemKind.GUIDANCE, project.projectNumber(),
                "ongoing past its end date " + endDate + ": " + project.details().title(), REFERENCE_PREFIX + endDate);
    }
}
