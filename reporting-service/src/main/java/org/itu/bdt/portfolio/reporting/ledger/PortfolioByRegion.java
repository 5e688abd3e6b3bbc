package org.itu.bdt.portfolio.reporting.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The ongoing portfolio as of a date: every region, in report order, and the exact total. */
public record PortfolioByRegion(LocalDate asOf, List<RegionFigures> regions) {

    public PortfolioByRegion {
        regions = List.copyOf(regions);
    }

    static PortfolioByRegion of(LocalDate asOf, Map<Region, PortfolioFigures> figuresByRegion) {
        return new PortfolioByRegion(asOf, Arrays.stream(Region.values())
                .map(region -> new RegionFigures(region, figuresByRegion.getOrDefault(region, PortfolioFigures.NONE)))
                .toList());
    }

    public PortfolioFigures total() {
        return regions.stream()
                .map(RegionFigures::figures)
                .reduce(PortfolioFigures.NONE, PortfolioFigures::plus);
    }
}
