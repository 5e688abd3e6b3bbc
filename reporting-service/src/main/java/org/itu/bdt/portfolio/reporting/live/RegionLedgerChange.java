package org.itu.bdt.portfolio.reporting.live;

import org.itu.bdt.portfolio.reporting.ledger.LedgerAmounts;
import org.itu.bdt.portfolio.reporting.ledger.LedgerLine;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.ledger.Region;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The data of a portfolio-by-region stream event: one region's ledger moved on one date by {@code change}, and
 * the region's exact figures as of today after the change.
 */
public record RegionLedgerChange(String region, String label, LocalDate effectiveOn, Change change, Today today) {

    /** In centimes like every amount of the reports, a funding source that did not move included. */
    public record Change(long projects, BigDecimal partnerFunding, BigDecimal ituFunding, BigDecimal total) {

        public Change {
            partnerFunding = partnerFunding.setScale(2);
            ituFunding = ituFunding.setScale(2);
            total = total.setScale(2);
        }

        static Change of(LedgerAmounts delta) {
            return new Change(delta.projects(), delta.partnerChf(), delta.ituChf(),
                    delta.partnerChf().add(delta.ituChf()));
        }
    }

    public record Today(LocalDate asOf, long projects, BigDecimal partnerFunding, BigDecimal ituFunding,
                        BigDecimal total) {

        static Today of(LocalDate today, PortfolioFigures figures) {
            return new Today(today, figures.projects(), figures.partnerChf(), figures.ituChf(), figures.totalChf());
        }
    }

    static RegionLedgerChange of(LedgerLine line, LedgerAmounts delta, LocalDate today, PortfolioFigures figures) {
        Region region = Region.valueOf(line.key());
        return new RegionLedgerChange(region.name(), region.label(), line.effectiveOn(), Change.of(delta),
                Today.of(today, figures));
    }
}
