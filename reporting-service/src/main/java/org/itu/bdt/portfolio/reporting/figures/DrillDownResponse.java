package org.itu.bdt.portfolio.reporting.figures;

import org.itu.bdt.portfolio.reporting.ledger.AgreementFact;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The projects and agreements behind one number of a report, in exact CHF with each conversion. */
public record DrillDownResponse(LocalDate asOf, String report, String key, String currency, List<Project> projects,
                                Total total) {

    public record Project(String projectNumber, String title, String region, String status, BigDecimal partnerFunding,
                          BigDecimal ituFunding, BigDecimal total, List<Agreement> agreements) {

        static Project of(DrilledProject project) {
            PortfolioFigures figures = project.figures();
            return new Project(project.project().projectNumber, project.project().title,
                    project.project().region.name(), project.status() == null ? null : project.status().name(),
                    figures.partnerChf(), figures.ituChf(), figures.totalChf(),
                    project.agreements().stream().map(Agreement::of).toList());
        }
    }

    /**
     * chfAmount is what the figure counts; originalAmount the matching amount in currency, converted at rate
     * (CHF per unit) of rateMonth from rateSource.
     */
    public record Agreement(String agreementNumber, String partnerId, String partnerName, String fundingSource,
                            String kind, String contribution, LocalDate signedOn, LocalDate amendedOn,
                            LocalDate cancelledOn, String currency, BigDecimal originalAmount, BigDecimal chfAmount,
                            BigDecimal rate, String rateMonth, String rateSource) {

        static Agreement of(DrilledProject.Agreement counted) {
            AgreementFact fact = counted.fact();
            return new Agreement(fact.agreementNumber, fact.partnerId, counted.partnerName(),
                    fact.fundingSource.name(), fact.kind.name(), fact.contribution.name(), fact.signedOn,
                    counted.amendedOn(), counted.cancelledOn(), fact.currency, counted.originalAmount(),
                    counted.chfAmount(), fact.rate, fact.rateMonth, fact.rateSource);
        }
    }

    public record Total(long projects, BigDecimal partnerFunding, BigDecimal ituFunding, BigDecimal total) {
    }

    static DrillDownResponse of(LocalDate asOf, String report, String key, List<DrilledProject> projects) {
        PortfolioFigures sum = projects.stream().map(DrilledProject::figures)
                .reduce(PortfolioFigures.NONE, PortfolioFigures::plus);
        return new DrillDownResponse(asOf, report, key, "CHF", projects.stream().map(Project::of).toList(),
                new Total(sum.projects(), sum.partnerChf(), sum.ituChf(), sum.totalChf()));
    }
}
