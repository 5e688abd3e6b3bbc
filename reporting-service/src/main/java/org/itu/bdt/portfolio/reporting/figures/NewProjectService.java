package org.itu.bdt.portfolio.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.reporting.ledger.BreakdownLedger;
import org.itu.bdt.portfolio.reporting.ledger.Dimension;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Figures 2 and 3: the projects signed in each year, counted from their signature, valued at their cash project
 * agreements as signed (amendments and supplements are reported apart), as the ledger stood at a date.
 */
@ApplicationScoped
public class NewProjectService {

    private final BreakdownLedger ledger;

    NewProjectService(BreakdownLedger ledger) {
        this.ledger = ledger;
    }

    public record Year(int year, PortfolioFigures figures) {
    }

    /** Every year from..to, a year without new projects with zeros. */
    public List<Year> perYear(int from, int to, LocalDate asOf) {
        Map<String, PortfolioFigures> years = ledger.asOf(Dimension.SIGNED_YEAR, asOf);
        return IntStream.rangeClosed(from, to)
                .mapToObj(year -> new Year(year, years.getOrDefault(String.valueOf(year), PortfolioFigures.NONE)))
                .toList();
    }

    public PortfolioFigures signedIn(int year, LocalDate asOf) {
        return perYear(year, year, asOf).get(0).figures();
    }
}
