package org.itu.bdt.portfolio.projects.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What GET /api/projects asks for; every criterion is optional (null or empty) and they all must hold.
 * {@code text} is found in the number, title or description, in any case. {@code seenBy} is not asked for but
 * imposed: a partner's portal finds only the projects its partner signed an agreement for (null: every project).
 */
public record ProjectSearch(
        String text,
        Region region,
        String initiative,
        Set<ProjectStatus> statuses,
        String partnerId,
        Integer signedYear,
        LocalDate endFrom,
        LocalDate endTo,
        List<ProjectOrder> order,
        String seenBy) {

    public ProjectSearch {
        statuses = Set.copyOf(statuses == null ? Set.of() : statuses);
        order = List.copyOf(order == null ? List.of() : order);
    }
}
