package org.itu.bdt.portfolio.reporting.ledger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the ledgers must sum to on a date, worked out again from every project's stored facts: for reconciliation
 * only, never for a report. The projects are read a page at a time in project-number order and only the sums are
 * kept: each project's Figure 1 figures are handed on as the walk goes (reconciliation compares them with the
 * sources', page by page), each other dimension's sums per key are kept for the request, so that memory grows with
 * the keys, not with the projects or their histories.
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
    public record ProjectFigures(String projectNumber, Region region, LedgerAmounts amounts) {
    }

    /** Each key's sum on a date in every dimension but Figure 1's (keys whose lines cancel out included, as zero). */
    public record Expected(Map<Dimension, Map<String, LedgerAmounts>> byKey) {
        public Map<String, LedgerAmounts> of(Dimension dimension) {
            return byKey.getOrDefault(dimension, Map.of());
        }
    }

    /** The sums on the date: those of an earlier walk of the request, else a walk of their own. */
    public Expected asOf(LocalDate asOf) {
        Expected expected = computed.get(asOf);
        return expected != null ? expected : walk(asOf, project -> { });
    }

    /**
     * Walks every project in project-number order, handing each one that counts in Figure 1 on the date to
     * {@code inFigure1}, and returns (and keeps for the request) the other dimensions' sums.
     */
    public Expected walk(LocalDate asOf, Consumer<ProjectFigures> inFigure1) {
        var expected = new Expected(new EnumMap<>(Dimension.class));
        List<String> page = facts.projectNumbersAfter("", pageSize);
        while (!page.isEmpty()) {
            // of() answers in project-number order
            facts.of(page).values().forEach(project -> add(project, asOf, expected, inFigure1));
            // the page's facts are summed: let them go rather than hold the whole read model in the session
            entityManager.clear();
            page = facts.projectNumbersAfter(page.get(page.size() - 1), pageSize);
        }
        computed.put(asOf, expected);
        return expected;
    }

    private static void add(ProjectFacts project, LocalDate asOf, Expected expected,
                            Consumer<ProjectFigures> inFigure1) {
        LedgerAmounts figure1 = LedgerAmounts.NONE;
        for (var line : project.contribution().lines().entrySet()) {
            LedgerLine key = line.getKey();
            if (key.effectiveOn().isAfter(asOf)) {
                continue;
            }
            if (key.dimension() == Dimension.REGION) {
                figure1 = figure1.plus(line.getValue());
            } else {
                expected.byKey().computeIfAbsent(key.dimension(), dimension -> new HashMap<>())
                        .merge(key.key(), line.getValue(), LedgerAmounts::plus);
            }
        }
        if (!figure1.isNone()) {
            inFigure1.accept(new ProjectFigures(project.project().projectNumber, project.project().region, figure1));
        }
    }
}
