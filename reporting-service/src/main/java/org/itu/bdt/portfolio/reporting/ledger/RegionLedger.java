package org.itu.bdt.portfolio.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Portfolio changes per region and effective date, and their sums per year, kept incrementally. A report reads this
 * ledger only, so its cost depends on the years and the days of one year, not on the number of projects.
 */
@ApplicationScoped
public class RegionLedger {

    /**
     * Every line of a change, and its sum per year, in one statement; the lines are distinct and sorted, so rows are
     * locked in one order.
     */
    private static final String ADD = """
            with line as (
                select region, cast(effective_on as date) as effective_on, projects,
                       cast(partner_chf as numeric) as partner_chf, cast(itu_chf as numeric) as itu_chf
                from unnest(cast(:keys as text[]), cast(:dates as text[]), cast(:projects as int[]),
                            cast(:partnerChf as text[]), cast(:ituChf as text[]))
                    as line(region, effective_on, projects, partner_chf, itu_chf)
            ), day as (
                insert into region_ledger (region, effective_on, projects, partner_chf, itu_chf)
                select region, effective_on, projects, partner_chf, itu_chf from line
                on conflict (region, effective_on) do update set
                    projects = region_ledger.projects + excluded.projects,
                    partner_chf = region_ledger.partner_chf + excluded.partner_chf,
                    itu_chf = region_ledger.itu_chf + excluded.itu_chf
            )
            insert into region_ledger_year (region, year, projects, partner_chf, itu_chf)
            select region, cast(extract(year from effective_on) as integer), sum(projects), sum(partner_chf),
                   sum(itu_chf)
            from line
            group by 1, 2
            order by 1, 2
            on conflict (region, year) do update set
                projects = region_ledger_year.projects + excluded.projects,
                partner_chf = region_ledger_year.partner_chf + excluded.partner_chf,
                itu_chf = region_ledger_year.itu_chf + excluded.itu_chf""";

    /** A line back to nothing is no line: the ledger is then a function of the facts alone, whatever their order. */
    private static final String REMOVE_IF_NONE = """
            with line as (
                select region, cast(effective_on as date) as effective_on
                from unnest(cast(:keys as text[]), cast(:dates as text[])) as line(region, effective_on)
            ), day as (
                delete from region_ledger
                where (region, effective_on) in (select region, effective_on from line)
                  and projects = 0 and partner_chf = 0 and itu_chf = 0
            )
            delete from region_ledger_year
            where (region, year) in (select region, cast(extract(year from effective_on) as integer) from line)
              and projects = 0 and partner_chf = 0 and itu_chf = 0""";

    /** The years before the date's, and the days of its year up to it: at most a year of rows per region. */
    private static final String SUMS_AS_OF = """
            select region, sum(projects), sum(partner_chf), sum(itu_chf)
            from (select region, projects, partner_chf, itu_chf
                  from region_ledger_year where year < :year
                  union all
                  select region, projects, partner_chf, itu_chf
                  from region_ledger where effective_on >= :yearStart and effective_on <= :asOf) as line
            group by region""";

    private final EntityManager entityManager;

    RegionLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Contribution change) {
        LedgerRows rows = LedgerRows.of(change.lines(Dimension.REGION));
        if (rows.isEmpty()) {
            return;
        }
        rows.bind(entityManager.createNativeQuery(ADD)).executeUpdate();
        rows.bind(entityManager.createNativeQuery(REMOVE_IF_NONE)).executeUpdate();
    }

    public PortfolioByRegion asOf(LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SUMS_AS_OF)
                .setParameter("year", asOf.getYear())
                .setParameter("yearStart", asOf.withDayOfYear(1))
                .setParameter("asOf", asOf)
                .getResultList();
        Map<Region, PortfolioFigures> figures = new EnumMap<>(Region.class);
        for (Object[] row : rows) {
            figures.put(Region.valueOf((String) row[0]), new PortfolioFigures(
                    ((Number) row[1]).longValue(), (BigDecimal) row[2], (BigDecimal) row[3]));
        }
        return PortfolioByRegion.of(asOf, figures);
    }
}
