package org.itu.bdt.portfolio.reporting.figures;

import org.itu.bdt.portfolio.reporting.ledger.PortfolioByRegion;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.ledger.RegionFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The portfolio by region in exact CHF. */
public record PortfolioByRegionResponse(LocalDate asOf, String currency, List<RegionLine> regions, TotalLine total) {

    public record RegionLine(String region, String label, long projects,
                             BigDecimal partnerFunding, BigDecimal ituFunding, BigDecimal total) {

        static RegionLine of(RegionFigures regionFigures) {
            PortfolioFigures figures = regionFigures.figures();
            return new RegionLine(regionFigures.region().name(), regionFigures.region().label(), figures.projects(),
                    figures.partnerChf(), figures.ituChf(), figures.totalChf());
        }
    }

    public record TotalLine(long projects, BigDecimal partnerFunding, BigDecimal ituFunding, BigDecimal total) {

        static TotalLine of(PortfolioFigures figures) {
            return new TotalLine(figures.projects(), figures.partnerChf(), figures.ituChf(), figures.totalChf());
        }
    }

    static PortfolioByRegionResponse of(PortfolioByRegion portfolio) {
        return new PortfolioByRegionResponse(portfolio.asOf(), "CHF",
                portfolio.regions().stream().map(RegionLine::of).toList(),
                TotalLine.of(portfolio.total()));
    }
}
