package org.itu.bdt.portfolio.reporting.figures;

import org.itu.bdt.portfolio.reporting.ledger.AgreementFact;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.ledger.ProjectFact;
import org.itu.bdt.portfolio.reporting.ledger.ProjectStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A project behind a figure, with what it adds to the figure and the agreements that make it up. */
public record DrilledProject(ProjectFact project, ProjectStatus status, PortfolioFigures figures,
                             List<Agreement> agreements) {

    /**
     * An agreement as counted: {@code chfAmount} is the CHF amount the figure uses (in force, or as signed for
     * the new-project figures); {@code originalAmount} the matching amount in the agreement's currency.
     */
    public record Agreement(AgreementFact fact, String partnerName, BigDecimal originalAmount, BigDecimal chfAmount,
                            LocalDate amendedOn, LocalDate cancelledOn) {
    }
}
