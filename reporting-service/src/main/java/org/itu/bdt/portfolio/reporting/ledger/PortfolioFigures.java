package org.itu.bdt.portfolio.reporting.ledger;

import java.math.BigDecimal;

/** Exact figures of part of the portfolio: projects counted and CHF by funding source, in centimes. */
public record PortfolioFigures(long projects, BigDecimal partnerChf, BigDecimal ituChf) {

    public static final PortfolioFigures NONE = new PortfolioFigures(0, BigDecimal.ZERO, BigDecimal.ZERO);

    public PortfolioFigures {
        partnerChf = partnerChf.setScale(2);
        ituChf = ituChf.setScale(2);
    }

    public BigDecimal totalChf() {
        return partnerChf.add(ituChf);
    }

    public PortfolioFigures plus(PortfolioFigures other) {
        return new PortfolioFigures(projects + other.projects,
                partnerChf.add(other.partnerChf), ituChf.add(other.ituChf));
    }
}
