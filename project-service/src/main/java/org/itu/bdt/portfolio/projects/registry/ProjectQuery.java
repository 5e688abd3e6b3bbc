package org.itu.bdt.portfolio.projects.registry;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a {@link ProjectSearch} into one query: a clause per criterion given, joined by "and". */
final class ProjectQuery {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private ProjectQuery() {
    }

    static PanacheQuery<Project> of(ProjectSearch search) {
        ProjectQuery query = new ProjectQuery();
        query.text(search.text());
        query.where("region = :region", "region", search.region());
        query.initiative(search.initiative());
        if (!search.statuses().isEmpty()) {
            query.where("status in :statuses", "statuses", search.statuses());
        }
        // a partner funds the project through an agreement it signed that is not cancelled
        query.where("exists (select 1 from ProjectAgreement a where a.projectNumber = p.projectNumber"
                + " and a.partnerId = :partner and a.cancelledOn is null)", "partner", search.partnerId());
        // a partner's portal sees what its partner funded, cancelled agreements too
        query.where("exists (select 1 from ProjectAgreement a where a.projectNumber = p.projectNumber"
                + " and a.partnerId = :seenBy)", "seenBy", search.seenBy());
        query.signedIn(search.signedYear());
        query.where("endDate >= :endFrom", "endFrom", search.endFrom());
        query.where("endDate <= :endTo", "endTo", search.endTo());
        String where = query.clauses.isEmpty() ? "" : " where " + String.join(" and ", query.clauses);
        return Project.find("from Project p" + where, sort(search.order()), query.parameters);
    }

    private void where(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
    }

    private void text(String text) {
        if (text != null && !text.isBlank()) {
            // the same expression as the trigram index of V4, so that PostgreSQL can use it
            where("lower(concat(projectNumber, ' ', title, ' ', coalesce(description, ''))) like :text escape '\\'",
                    "text", "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    /** MULTIPLE finds the projects marked so and those serving several initiatives: the single column says it. */
    private void initiative(String code) {
        where(RegionalInitiatives.MULTIPLE.equals(code) ? "regionalInitiative = :initiative"
                : ":initiative member of regionalInitiatives", "initiative", code);
    }

    private void signedIn(Integer year) {
        if (year != null) {
            where("signedOn >= :signedFrom", "signedFrom", LocalDate.of(year, 1, 1));
            where("signedOn < :signedBefore", "signedBefore", LocalDate.of(year + 1, 1, 1));
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Sort sort(List<ProjectOrder> order) {
        Sort sort = Sort.empty();
        for (ProjectOrder key : order) {
            sort = sort.and(key.key().name(), key.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending,
                    Sort.NullPrecedence.NULLS_LAST);
        }
        return sort.and("projectNumber");
    }
}
