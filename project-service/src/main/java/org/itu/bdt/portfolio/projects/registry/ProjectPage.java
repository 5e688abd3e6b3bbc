package org.itu.bdt.portfolio.projects.registry;

import java.util.List;

public record ProjectPage(List<Project> items, int page, int size, long totalItems, int totalPages) {
}
