package org.itu.bdt.portfolio.projects.registry;

/** Fired inside the transaction of a revision that changed the project, once its new version is flushed. */
public record ProjectUpdated(Project project) {
}
