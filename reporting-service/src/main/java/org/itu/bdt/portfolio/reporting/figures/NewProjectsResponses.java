package org.itu.bdt.portfolio.reporting.figures;

import org.itu.bdt.portfolio.reporting.ledger.FundingSource;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.platform.Displayed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON of Figures 2 and 3, in exact CHF with the displayed figures beside them. */
final class NewProjectsResponses {

    private NewProjectsResponses() {
    }

    /** Figure 2: newly signed projects per year. */
    record SignedPerYear(LocalDate asOf, int from, int to, String currency, List<Year> years) {

        record Year(int year, long projects, BigDecimal partnerFunding, BigDecimal ituFunding, BigDecimal value,
                    BigDecimal valueMillions) {

            static Year of(NewProjectService.Year year) {
                PortfolioFigures figures = year.figures();
                return new Year(year.year(), figures.projects(), figures.partnerChf(), figures.ituChf(),
                        figures.totalChf(), Displayed.millions(figures.totalChf(), 1));
            }
        }

        static SignedPerYear of(LocalDate asOf, int from, int to, List<NewProjectService.Year> years) {
            return new SignedPerYear(asOf, from, to, "CHF", years.stream().map(Year::of).toList());
        }
    }

    /** Figure 3: partner and ITU shares of the funding of the projects signed in a year. */
    record FundingSources(LocalDate asOf, int year, String currency, long projects, List<Source> sources,
                          BigDecimal total, KnownDeviation knownDeviation) {

        record Source(String source, String label, BigDecimal amount, int percent) {
        }

        static FundingSources of(LocalDate asOf, int year, PortfolioFigures figures) {
            BigDecimal total = figures.totalChf();
            return new FundingSources(asOf, year, "CHF", figures.projects(), List.of(
                    source(FundingSource.PARTNER, figures.partnerChf(), total),
                    source(FundingSource.ITU, figures.ituChf(), total)),
                    total, KnownDeviation.ofFundingSources(year).orElse(null));
        }

        private static Source source(FundingSource source, BigDecimal amount, BigDecimal total) {
            return new Source(source.name(), source.label(), amount, Displayed.percent(amount, total));
        }
    }
}
