package org.itu.bdt.portfolio.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.reporting.ledger.FundingSource;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFacts;
import org.itu.bdt.portfolio.reporting.ledger.ProjectAt;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Figure 4: the projects signed in a year that received ICT-DF money, amounts as signed. Read from the facts of
 * that year's projects with an ITU line only, so its cost grows with what it lists, not with the portfolio.
 */
@ApplicationScoped
public class IctDfProjectService {

    /** The report's order: signed January to June first, then July to December, each by project number. */
    private static final Comparator<ProjectAt> PRINTED_ORDER = Comparator
            .comparing((ProjectAt project) -> project.facts().project().signedOn.getMonthValue() > 6)
            .thenComparing(project -> project.facts().project().projectNumber);

    private final PortfolioFacts facts;

    IctDfProjectService(PortfolioFacts facts) {
        this.facts = facts;
    }

    public List<IctDfProject> signedIn(int year, LocalDate asOf) {
        Map<String, String> partnerNames = facts.partnerNames();
        Map<String, String> initiativeLabels = facts.initiativeLabels();
        return projectsSignedIn(year, asOf).stream()
                .map(project -> IctDfProject.of(project, partnerNames, initiativeLabels))
                .toList();
    }

    /** The year's projects with ICT-DF money as signed at the date, in the printed order. */
    public List<ProjectAt> projectsSignedIn(int year, LocalDate asOf) {
        return facts.signedInWithAnItuLine(year, asOf).stream()
                .map(projectFacts -> projectFacts.at(asOf))
                .filter(IctDfProjectService::hasIctDfMoney)
                .sorted(PRINTED_ORDER)
                .toList();
    }

    private static boolean hasIctDfMoney(ProjectAt project) {
        return project.facts().agreements().stream()
                .filter(agreement -> agreement.fundingSource == FundingSource.ITU && agreement.fundsANewProject())
                .flatMap(agreement -> project.asSigned(agreement).stream())
                .anyMatch(chf -> chf.signum() > 0);
    }
}
