package org.itu.bdt.portfolio.reporting.ledger;

import jakarta.enterprise.context.RequestScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every project's contribution to the portfolio, worked out again from its stored facts: what the ledgers must sum
 * to. Reads the whole read model, for reconciliation only, never for a report: once per request, however many
 * aggregates a reconciliation checks against it.
 */
@RequestScoped
public class ProjectContributions {

    private List<ProjectContribution> loaded;

    public record ProjectContribution(ProjectFact project, Contribution contribution) {
    }

    public List<ProjectContribution> all() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded;
    }

    private static List<ProjectContribution> load() {
        Map<String, List<AgreementFact>> agreements = PortfolioFacts.byProject(AgreementFact.listAll(),
                fact -> fact.projectNumber);
        Map<String, List<AmendmentFact>> amendments = PortfolioFacts.byProject(AmendmentFact.listAll(),
                fact -> fact.projectNumber);
        Map<String, List<CancellationFact>> cancellations = PortfolioFacts.byProject(CancellationFact.listAll(),
                fact -> fact.projectNumber);
        Map<String, List<StatusChangeFact>> statusChanges = PortfolioFacts.byProject(StatusChangeFact.listAll(),
                fact -> fact.projectNumber);
        return ProjectFact.<ProjectFact>listAll().stream().map(project -> {
            String number = project.projectNumber;
            ProjectFacts facts = new ProjectFacts(project, agreements.getOrDefault(number, List.of()),
                    amendments.getOrDefault(number, List.of()), cancellations.getOrDefault(number, List.of()),
                    statusChanges.getOrDefault(number, List.of()));
            return new ProjectContribution(project, facts.contribution());
        }).toList();
    }

    /** A contribution's figures on a date, per key of a dimension: its ledger lines up to the date, summed. */
    public static Map<String, LedgerAmounts> upTo(LocalDate asOf, Contribution contribution,
                                                  Dimension dimension) {
        return contribution.lines(dimension).entrySet().stream()
                .filter(line -> !line.getKey().effectiveOn().isAfter(asOf))
                .collect(Collectors.groupingBy(line -> line.getKey().key(),
                        Collectors.reducing(LedgerAmounts.NONE, Map.Entry::getValue, LedgerAmounts::plus)));
    }
}
