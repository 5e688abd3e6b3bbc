package org.itu.bdt.portfolio.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.reporting.ledger.AgreementFact;
import org.itu.bdt.portfolio.reporting.ledger.AmendmentFact;
import org.itu.bdt.portfolio.reporting.ledger.Dimension;
import org.itu.bdt.portfolio.reporting.ledger.LedgerAmounts;
import org.itu.bdt.portfolio.reporting.ledger.LedgerKey;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFacts;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.ledger.ProjectAt;
import org.itu.bdt.portfolio.reporting.ledger.ProjectFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The projects and agreements behind a number of any report, as of a date. */
@ApplicationScoped
public class DrillDownService {

    private final PortfolioFacts facts;
    private final IctDfProjectService ictDfProjects;

    DrillDownService(PortfolioFacts facts, IctDfProjectService ictDfProjects) {
        this.facts = facts;
        this.ictDfProjects = ictDfProjects;
    }

    /** The projects counted under a key of a breakdown, Figure 1's regions or Figures 2 and 3's years. */
    public List<DrilledProject> under(LedgerKey key, LocalDate asOf) {
        Map<String, String> partnerNames = facts.partnerNames();
        List<DrilledProject> projects = new ArrayList<>();
        for (ProjectFacts projectFacts : facts.under(key)) {
            ProjectAt project = projectFacts.at(asOf);
            LedgerAmounts amounts = project.figures().get(key);
            if (amounts != null && amounts.projects() > 0) {
                projects.add(drilled(project, amounts, counted(key), key.dimension() == Dimension.SIGNED_YEAR,
                        partnerNames));
            }
        }
        return projects;
    }

    /** Figure 4's projects, each with its new-project agreements as signed. */
    public List<DrilledProject> ictDfProjects(int year, LocalDate asOf) {
        Map<String, String> partnerNames = facts.partnerNames();
        return ictDfProjects.projectsSignedIn(year, asOf).stream()
                .map(project -> drilled(project, project.figures().get(new LedgerKey(Dimension.SIGNED_YEAR,
                        String.valueOf(year))), AgreementFact::fundsANewProject, true, partnerNames))
                .toList();
    }

    /** Which agreements make up the figure of a key. */
    private static Predicate<AgreementFact> counted(LedgerKey key) {
        return switch (key.dimension()) {
            case SIGNED_YEAR -> AgreementFact::fundsANewProject;
            case PARTNER -> agreement -> agreement.countsInPortfolio()
                    && ProjectAt.partnerKey(agreement).equals(key.key());
            case FUNDING_SOURCE -> agreement -> agreement.countsInPortfolio()
                    && agreement.fundingSource.name().equals(key.key());
            default -> AgreementFact::countsInPortfolio;
        };
    }

    private static DrilledProject drilled(ProjectAt project, LedgerAmounts amounts, Predicate<AgreementFact> counted,
                                          boolean asSigned, Map<String, String> partnerNames) {
        List<DrilledProject.Agreement> agreements = new ArrayList<>();
        for (AgreementFact agreement : project.facts().agreements()) {
            Optional<BigDecimal> chf = asSigned ? project.asSigned(agreement) : project.inForce(agreement);
            if (counted.test(agreement) && chf.isPresent()) {
                agreements.add(agreement(project, agreement, chf.get(), asSigned, partnerNames));
            }
        }
        return new DrilledProject(project.facts().project(), project.status().orElse(null),
                new PortfolioFigures(amounts.projects(), amounts.partnerChf(), amounts.ituChf()), agreements);
    }

    private static DrilledProject.Agreement agreement(ProjectAt project, AgreementFact agreement, BigDecimal chf,
                                                      boolean asSigned, Map<String, String> partnerNames) {
        Optional<AmendmentFact> amendment = asSigned ? Optional.empty() : project.amendmentInForce(agreement);
        return new DrilledProject.Agreement(agreement, partnerNames.get(agreement.partnerId),
                amendment.map(a -> a.newOriginalAmount).orElse(agreement.originalAmount), chf,
                amendment.map(a -> a.effectiveOn).orElse(null),
                project.facts().cancelledOn(agreement).orElse(null));
    }
}
