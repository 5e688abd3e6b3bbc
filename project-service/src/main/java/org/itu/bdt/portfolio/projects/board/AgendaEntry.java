package org.itu.bdt.portfolio.projects.board;

/** One numbered line of an agenda; a draft's lines have no item id yet, and only adopted items carry an outcome. */
public record AgendaEntry(Long itemId, int number, AgendaItemKind kind, String projectNumber, String subject,
                          String reference, BoardOutcome outcome) {
}
