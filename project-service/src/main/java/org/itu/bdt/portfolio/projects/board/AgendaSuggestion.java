package org.itu.bdt.portfolio.projects.board;

/**
 * An item some part of the registry proposes for the draft agenda of the next Project Board meeting.
 * {@code reference} identifies what it is about within its source (a request id, a partner-report id), so that the
 * same matter is suggested once per meeting.
 */
public record AgendaSuggestion(AgendaItemKind kind, String projectNumber, String subject, String reference) {
}
