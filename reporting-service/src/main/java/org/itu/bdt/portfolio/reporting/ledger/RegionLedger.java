package org.itu.bdt.portfolio.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Portfolio changes per region and effective date, kept incrementally. A report reads this ledger only,
 * so its cost depends on the number of distinct dates, not on the number of projects.
 */
@ApplicationScoped
public class RegionLedger {

    /** Every line of a change in one statement; the lines are distinct and sorted, so rows are locked in one order. */
    private static final String ADD = """
            insert into region_ledger (region, effective_on, projects, partner_chf, itu_chf)
            select region, cast(effective_on as date), projects, cast(partner_chf as numeric), cast(itu_chf as numeric)
            from unnest(cast(:keys as text[]), cast(:dates as text[]), cast(:projects as int[]),
                        cast(:partnerChf as text[]), cast(:ituChf as text[]))
                as line(region, effective_on, projects, partner_chf, itu_chf)
            on conflict (region, effective_on) do update set
                projects = region_ledger.projects + excluded.projects,
                partner_chf = region_ledger.partner_chf + excluded.partner_chf,
                itu_chf = region_ledger.itu_chf + excluded.itu_chf""";

    /** A line back to nothing is no line: the ledger is then a function of the facts alone, whatever their order. */
    private static final String REMOVE_IF_NONE = """
            delete from region_ledger
            where (region, effective_on) in (
                select region, cast(effective_on as date)
                from unnest(cast(:keys as text[]), cast(:dates as text[])) as line(region, effective_on))
              and projects = 0 and partner_chf = 0 and itu_chf = 0""";

    private static final String SUMS_AS_OF = """
            select region, sum(projects), sum(partner_chf), sum(itu_chf)
            from region_ledger
            where effective_on <= :asOf
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
