package org.itu.bdt.portfolio.projects.domain;

public record ProjectRevision(Project project, boolean changed) {
}
