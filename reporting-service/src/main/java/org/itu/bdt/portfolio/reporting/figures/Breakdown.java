package org.itu.bdt.portfolio.reporting.figures;

import org.itu.bdt.portfolio.reporting.ledger.Dimension;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;

import java.time.LocalDate;
import java.util.List;

/**
 * The portfolio as of a date cut along one dimension. The total counts every project once; whether the rows add
 * up to it depends on the dimension, and {@code note} says so.
 */
public record Breakdown(LocalDate asOf, Dimension dimension, List<Row> rows, PortfolioFigures total, String note) {

    public record Row(String key, String label, PortfolioFigures figures) {
    }

    public Breakdown {
        rows = List.copyOf(rows);
    }
}
