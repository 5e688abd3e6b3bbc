package org.itu.bdt.portfolio.projects.registry;

import java.util.List;

public record ProjectPageResponse(List<ProjectResponse> items, int page, int size, long totalItems, int totalPages) {

    static ProjectPageResponse of(ProjectPage page) {
        return new ProjectPageResponse(page.items().stream().map(ProjectResponse::of).toList(),
                page.page(), page.size(), page.totalItems(), page.totalPages());
    }
}
