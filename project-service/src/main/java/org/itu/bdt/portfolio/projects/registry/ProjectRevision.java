package org.itu.bdt.portfolio.projects.registry;

public record ProjectRevision(Project project, boolean changed) {
}
