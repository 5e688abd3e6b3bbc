package org.itu.bdt.portfolio.reporting.ledger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the ledgers must sum to on a date, worked out again from every project's stored facts: for reconciliation
 * only, never for a report, once per request and date however many aggregates check against it. The projects are
 * read a page at a time and only their sums are kept, so that memory grows with the projects counted, not with
 * their histories.
 */
@RequestScoped
public class ProjectContributions {

    private final PortfolioFacts facts;
    private final EntityManager entityManager;
    private final int pageSize;
    private final Map<LocalDate, Expected> computed = new HashMap<>();

    ProjectContributions(PortfolioFacts facts, EntityManager entityManager,
                         @ConfigProperty(name = "portfolio.reconciliation.page-size") int pageSize) {
        this.facts = facts;
        this.entityManager = entityManager;
        this.pageSize = pageSize;
    }

    /** One project's Figure 1 figures on the date, under the region it is in now. */
    public record ProjectFigures(Region region, LedgerAmounts amounts) {
    }

    /**
     * The figures on a date: each project's in Figure 1 (those that count there), and each key's sum in every other
     * dimension (keys whose lines cancel out included, as zero).
     */
    public record Expected(Map<String, ProjectFigures> byProject, Map<Dimension, Map<String, LedgerAmounts>> byKey) {
        public Map<String, LedgerAmounts> of(Dimension dimension) {
            return byKey.getOrDefault(dimension, Map.of());
        }
    }

    public Expected asOf(LocalDate asOf) {
        return computed.computeIfAbsent(asOf, this::compute);
    }

    private Expected compute(LocalDate asOf) {
        var expected = new Expected(new TreeMap<>(), new EnumMap<>(Dimension.class));
        List<String> page = facts.projectNumbersAfter("", pageSize);
        while (!page.isEmpty()) {
            facts.of(page).values().forEach(project -> add(project, asOf, expected));
            // the page's facts are summed: let them go rather than hold the whole read model in the session
            entityManager.clear();
            page = facts.projectNumbersAfter(page.get(page.size() - 1), pageSize);
        }
        return expected;
    }

    private static void add(ProjectFacts project, LocalDate asOf, Expected expected) {
        LedgerAmounts inFigure1 = LedgerAmounts.NONE;
        for (var line : project.contribution().lines().entrySet()) {
            LedgerLine key = line.getKey();
            if (key.effectiveOn().isAfter(asOf)) {
                continue;
            }
            if (key.dimension() == Dimension.REGION) {
                inFigure1 = inFigure1.plus(line.getValue());
            } else {
                expected.byKey().computeIfAbsent(key.dimension(), dimension -> new HashMap<>())
                        .merge(key.key(), line.getValue(), LedgerAmounts::plus);
            }
        }
        if (!inFigure1.isNone()) {
            expected.byProject().put(project.project().projectNumber,
                    new ProjectFigures(project.project().region, inFigure1));
        }
    }
}
