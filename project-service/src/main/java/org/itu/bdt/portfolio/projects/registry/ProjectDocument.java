package org.itu.bdt.portfolio.projects.registry;

import jakarta.persistence.Embeddable;

/** A link to one of the project's documents (project document, agreement, report), by title and URL. */
@Embeddable
public record ProjectDocument(String title, String url) {
}
