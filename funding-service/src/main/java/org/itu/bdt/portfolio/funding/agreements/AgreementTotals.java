package org.itu.bdt.portfolio.funding.agreements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-project totals of the agreements in effect on a date, a page of projects at a time (keyset on the project
 * number), computed in the database so that the cost of a page does not grow with the portfolio.
 */
@ApplicationScoped
public class AgreementTotals {

    private static final String TOTALS = """
            with page as (
                select distinct project_number from agreement
                where signed_on <= :asOf and project_number > :after
                order by project_number limit :limit
            ), in_effect as (
                select a.project_number, a.funding_source, a.kind, a.contribution,
                       coalesce((select m.new_chf_amount from amendment m
                                 where m.agreement_number = a.agreement_number and m.effective_on <= :asOf
                                 order by m.effective_on desc, m.sequence desc limit 1), a.chf_amount) as chf,
                       (select count(*) from amendment m
                        where m.agreement_number = a.agreement_number and m.effective_on <= :asOf) as amendments,
                       coalesce(a.cancelled_on <= :asOf, false) as cancelled
                from agreement a join page p on p.project_number = a.project_number
                where a.signed_on <= :asOf
            )
            select project_number, funding_source, kind, contribution,
                   count(*) filter (where not cancelled),
                   coalesce(sum(chf) filter (where not cancelled), 0),
                   sum(amendments),
                   count(*) filter (where cancelled)
            from in_effect
            group by project_number, funding_source, kind, contribution
            order by project_number, funding_source, kind, contribution""";

    private final EntityManager entityManager;

    AgreementTotals(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The projects after {@code after} (exclusive, null for the first page), at most {@code limit} of them. */
    public List<ProjectTotals> page(LocalDate asOf, String after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(TOTALS)
                .setParameter("asOf", asOf)
                .setParameter("after", after == null ? "" : after)
                .setParameter("limit", limit)
                .getResultList();
        Map<String, List<Object[]>> byProject = new LinkedHashMap<>();
        rows.forEach(row -> byProject.computeIfAbsent((String) row[0], project -> new ArrayList<>()).add(row));
        return byProject.entrySet().stream().map(project -> totals(project.getKey(), project.getValue())).toList();
    }

    private static ProjectTotals totals(String projectNumber, List<Object[]> rows) {
        List<ProjectTotals.Line> lines = rows.stream().map(row -> new ProjectTotals.Line(
                FundingSource.valueOf((String) row[1]), AgreementKind.valueOf((String) row[2]),
                ContributionType.valueOf((String) row[3]), ((Number) row[4]).longValue(),
                ((BigDecimal) row[5]).setScale(2))).toList();
        long amendments = rows.stream().mapToLong(row -> ((Number) row[6]).longValue()).sum();
        long cancellations = rows.stream().mapToLong(row -> ((Number) row[7]).longValue()).sum();
        return new ProjectTotals(projectNumber, lines, amendments, cancellations);
    }
}
