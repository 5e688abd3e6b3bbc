package org.itu.bdt.portfolio.reporting.figures;

import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A breakdown of the portfolio in exact CHF. */
public record BreakdownResponse(LocalDate asOf, String dimension, String currency, List<Line> rows, Line total,
                                String note) {

    public record Line(String key, String label, long projects, BigDecimal partnerFunding, BigDecimal ituFunding,
                       BigDecimal total) {

        static Line of(String key, String label, PortfolioFigures figures) {
            return new Line(key, label, figures.projects(), figures.partnerChf(), figures.ituChf(),
                    figures.totalChf());
        }
    }

    static BreakdownResponse of(Breakdown breakdown) {
        return new BreakdownResponse(breakdown.asOf(), breakdown.dimension().name().toLowerCase(Locale.ROOT), "CHF",
                breakdown.rows().stream().map(row -> Line.of(row.key(), row.label(), row.figures())).toList(),
                Line.of(null, "Total", breakdown.total()), breakdown.note());
    }
}
