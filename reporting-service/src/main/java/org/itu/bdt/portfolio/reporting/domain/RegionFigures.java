package org.itu.bdt.portfolio.reporting.domain;

public record RegionFigures(Region region, PortfolioFigures figures) {
}
