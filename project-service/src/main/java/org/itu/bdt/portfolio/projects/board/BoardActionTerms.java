package org.itu.bdt.portfolio.projects.board;

import java.time.LocalDate;

/** What a decision asks someone to do, by when. */
public record BoardActionTerms(String description, String owner, LocalDate dueOn) {
}
