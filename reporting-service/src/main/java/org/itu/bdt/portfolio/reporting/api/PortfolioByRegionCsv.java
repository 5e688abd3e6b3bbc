package org.itu.bdt.portfolio.reporting.api;

import org.itu.bdt.portfolio.reporting.domain.PortfolioByRegion;
import org.itu.bdt.portfolio.reporting.domain.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.domain.RegionFigures;
import org.itu.bdt.portfolio.reporting.domain.ThousandChf;

/** The portfolio by region as the printed Figure 1: thousand CHF, each cell rounded from the exact sum. */
final class PortfolioByRegionCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final String HEADER = "region,projects,partner_funding,itu_funding,total\n";

    private PortfolioByRegionCsv() {
    }

    static String of(PortfolioByRegion portfolio) {
        var csv = new StringBuilder(HEADER);
        for (RegionFigures region : portfolio.regions()) {
            appendLine(csv, region.region().label(), region.figures());
        }
        appendLine(csv, "Total", portfolio.total());
        return csv.toString();
    }

    private static void appendLine(StringBuilder csv, String label, PortfolioFigures figures) {
        csv.append(label).append(',')
                .append(figures.projects()).append(',')
                .append(ThousandChf.of(figures.partnerChf())).append(',')
                .append(ThousandChf.of(figures.ituChf())).append(',')
                .append(ThousandChf.of(figures.totalChf())).append('\n');
    }
}
