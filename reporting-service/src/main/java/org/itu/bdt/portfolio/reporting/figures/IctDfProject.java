package org.itu.bdt.portfolio.reporting.figures;

import org.itu.bdt.portfolio.reporting.ledger.AgreementFact;
import org.itu.bdt.portfolio.reporting.ledger.FundingSource;
import org.itu.bdt.portfolio.reporting.ledger.Initiative;
import org.itu.bdt.portfolio.reporting.ledger.ProjectAt;
import org.itu.bdt.portfolio.reporting.ledger.ProjectFact;
import org.itu.bdt.portfolio.reporting.ledger.Region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A row of Figure 4: a project signed in the year with ICT-DF money, its amounts as signed. */
public record IctDfProject(String projectNumber, String name, Region region, String regionalInitiative,
                           BigDecimal externalChf, BigDecimal ituChf, List<String> partners) {

    public BigDecimal totalChf() {
        return externalChf.add(ituChf);
    }

    /** The project's partners by name in agreement order, each once, and its initiative as the report prints it. */
    static IctDfProject of(ProjectAt project, Map<String, String> partnerNames, Map<String, String> initiativeLabels) {
        ProjectFact fact = project.facts().project();
        BigDecimal external = BigDecimal.ZERO.setScale(2);
        BigDecimal itu = BigDecimal.ZERO.setScale(2);
        var partners = new ArrayList<String>();
        for (AgreementFact agreement : project.facts().agreements()) {
            if (!agreement.fundsANewProject() || project.asSigned(agreement).isEmpty()) {
                continue;
            }
            if (agreement.fundingSource == FundingSource.ITU) {
                itu = itu.add(agreement.chfAmount);
            } else {
                external = external.add(agreement.chfAmount);
                String name = partnerNames.getOrDefault(agreement.partnerId, agreement.partnerId);
                if (name != null && !partners.contains(name)) {
                    partners.add(name);
                }
            }
        }
        return new IctDfProject(fact.projectNumber, fact.title, fact.region, initiative(fact, initiativeLabels),
                external, itu, List.copyOf(partners));
    }

    /** "ASP5 – Secure and resilient ICT" for one initiative, "Multiple" for several, empty for none. */
    private static String initiative(ProjectFact project, Map<String, String> labels) {
        List<String> codes = project.initiativeCodes();
        if (codes.isEmpty()) {
            return "";
        }
        if (codes.size() > 1 || Initiative.MULTIPLE.equals(codes.get(0))) {
            return "Multiple";
        }
        String code = codes.get(0);
        String label = project.regionalInitiatives.stream().filter(initiative -> code.equals(initiative.code()))
                .map(Initiative::label).filter(Objects::nonNull).findFirst().orElse(labels.get(code));
        return label == null ? code : code + " – " + label;
    }
}
