package org.itu.bdt.portfolio.projects.board;

import java.time.LocalDate;
import java.util.List;

/**
 * A source of business for the Project Board. The draft agenda of a meeting gathers the suggestions of every
 * source (CDI beans implementing this), as they stand on the meeting's date.
 */
public interface AgendaSource {

    List<AgendaSuggestion> suggestionsFor(LocalDate meetingDate);
}
