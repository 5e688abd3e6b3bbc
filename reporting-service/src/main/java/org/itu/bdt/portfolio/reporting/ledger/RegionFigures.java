package org.itu.bdt.portfolio.reporting.ledger;

public record RegionFigures(Region region, PortfolioFigures figures) {
}
