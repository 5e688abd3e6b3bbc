package org.itu.bdt.portfolio.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Portfolio changes per dimension, key and effective date, kept incrementally like the region ledger. A
 * breakdown reads one dimension's rows only, so its cost depends on its keys and dates, not on the projects.
 */
@ApplicationScoped
public class BreakdownLedger {

    /** Every line of a change in one statement, as in the region ledger. */
    private static final String ADD = """
            insert into breakdown_ledger (dimension, dimension_key, effective_on, projects, partner_chf, itu_chf)
            select dimension, dimension_key, cast(effective_on as date), projects, cast(partner_chf as numeric),
                   cast(itu_chf as numeric)
            from unnest(cast(:dimensions as text[]), cast(:keys as text[]), cast(:dates as text[]),
                        cast(:projects as int[]), cast(:partnerChf as text[]), cast(:ituChf as text[]))
                as line(dimension, dimension_key, effective_on, projects, partner_chf, itu_chf)
            on conflict (dimension, dimension_key, effective_on) do update set
                projects = breakdown_ledger.projects + excluded.projects,
                partner_chf = breakdown_ledger.partner_chf + excluded.partner_chf,
                itu_chf = breakdown_ledger.itu_chf + excluded.itu_chf""";

    /** A line back to nothing is no line, as in the region ledger: a rebuild then reproduces the table exactly. */
    private static final String REMOVE_IF_NONE = """
            delete from breakdown_ledger
            where (dimension, dimension_key, effective_on) in (
                select dimension, dimension_key, cast(effective_on as date)
                from unnest(cast(:dimensions as text[]), cast(:keys as text[]), cast(:dates as text[]))
                    as line(dimension, dimension_key, effective_on))
              and projects = 0 and partner_chf = 0 and itu_chf = 0""";

    private static final String SUMS_AS_OF = """
            select dimension_key, sum(projects), sum(partner_chf), sum(itu_chf)
            from breakdown_ledger
            where dimension = :dimension and effective_on <= :asOf
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
