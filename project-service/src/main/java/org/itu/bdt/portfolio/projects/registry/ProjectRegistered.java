package org.itu.bdt.portfolio.projects.registry;

/** Fired inside the registration's transaction, after the first step of the project's history. */
public record ProjectRegistered(Project project) {
}
