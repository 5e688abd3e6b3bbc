package org.itu.bdt.portfolio.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Portfolio changes per dimension, key and effective date, and their sums per year, kept incrementally like the
 * region ledger. A breakdown reads one dimension's rows only, so its cost depends on its keys, the years and the
 * days of one year, not on the projects.
 */
@ApplicationScoped
public class BreakdownLedger {

    /** Every line of a change, and its sum per year, in one statement, as in the region ledger. */
    private static final String ADD = """
            with line as (
                select dimension, dimension_key, cast(effective_on as date) as effective_on, projects,
                       cast(partner_chf as numeric) as partner_chf, cast(itu_chf as numeric) as itu_chf
                from unnest(cast(:dimensions as text[]), cast(:keys as text[]), cast(:dates as text[]),
                            cast(:projects as int[]), cast(:partnerChf as text[]), cast(:ituChf as text[]))
                    as line(dimension, dimension_key, effective_on, projects, partner_chf, itu_chf)
            ), day as (
                insert into breakdown_ledger (dimension, dimension_key, effective_on, projects, partner_chf, itu_chf)
                select dimension, dimension_key, effective_on, projects, partner_chf, itu_chf from line
                on conflict (dimension, dimension_key, effective_on) do update set
                    projects = breakdown_ledger.projects + excluded.projects,
                    partner_chf = breakdown_ledger.partner_chf + excluded.partner_chf,
                    itu_chf = breakdown_ledger.itu_chf + excluded.itu_chf
            )
            insert into breakdown_ledger_year (dimension, dimension_key, year, projects, partner_chf, itu_chf)
            select dimension, dimension_key, cast(extract(year from effective_on) as integer), sum(projects),
                   sum(partner_chf), sum(itu_chf)
            from line
            group by 1, 2, 3
            order by 1, 2, 3
            on conflict (dimension, dimension_key, year) do update set
                projects = breakdown_ledger_year.projects + excluded.projects,
                partner_chf = breakdown_ledger_year.partner_chf + excluded.partner_chf,
                itu_chf = breakdown_ledger_year.itu_chf + excluded.itu_chf""";

    /** A line back to nothing is no line, as in the region ledger: a rebuild then reproduces the table exactly. */
    private static final String REMOVE_IF_NONE = """
            with line as (
                select dimension, dimension_key, cast(effective_on as date) as effective_on
                from unnest(cast(:dimensions as text[]), cast(:keys as text[]), cast(:dates as text[]))
                    as line(dimension, dimension_key, effective_on)
            ), day as (
                delete from breakdown_ledger
                where (dimension, dimension_key, effective_on) in (
                        select dimension, dimension_key, effective_on from line)
                  and projects = 0 and partner_chf = 0 and itu_chf = 0
            )
            delete from breakdown_ledger_year
            where (dimension, dimension_key, year) in (
                    select dimension, dimension_key, cast(extract(year from effective_on) as integer) from line)
              and projects = 0 and partner_chf = 0 and itu_chf = 0""";

    /** The years before the date's, and the days of its year up to it, as in the region ledger. */
    private static final String SUMS_AS_OF = """
            select dimension_key, sum(projects), sum(partner_chf), sum(itu_chf)
            from (select dimension_key, projects, partner_chf, itu_chf
                  from breakdown_ledger_year where dimension = :dimension and year < :year
                  union all
                  select dimension_key, projects, partner_chf, itu_chf
                  from breakdown_ledger
                  where dimension = :dimension and effective_on >= :yearStart and effective_on <= :asOf) as line
            group by dimension_key""";

    private final EntityManager entityManager;

    BreakdownLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Contribution change) {
        var lines = new TreeMap<>(change.lines());
        lines.keySet().removeIf(line -> line.dimension() == Dimension.REGION);
        LedgerRows rows = LedgerRows.of(lines);
        if (rows.isEmpty()) {
            return;
        }
        rows.bind(entityManager.createNativeQuery(ADD)).executeUpdate();
        rows.bind(entityManager.createNativeQuery(REMOVE_IF_NONE)).executeUpdate();
    }

    /** The figures of every key of the dimension as of the date, keys with nothing left out, in key order. */
    public Map<String, PortfolioFigures> asOf(Dimension dimension, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SUMS_AS_OF)
                .setParameter("dimension", dimension.name())
                .setParameter("year", asOf.getYear())
                .setParameter("yearStart", asOf.withDayOfYear(1))
                .setParameter("asOf", asOf)
                .getResultList();
        Map<String, PortfolioFigures> figures = new TreeMap<>();
        for (Object[] row : rows) {
            var keyFigures = new PortfolioFigures(((Number) row[1]).longValue(), (BigDecimal) row[2],
                    (BigDecimal) row[3]);
            if (!keyFigures.equals(PortfolioFigures.NONE)) {
                figures.put((String) row[0], keyFigures);
            }
        }
        return figures;
    }
}
