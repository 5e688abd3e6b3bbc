package org.itu.bdt.portfolio.reporting.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.itu.bdt.portfolio.reporting.ledger.BreakdownLedger;
import org.itu.bdt.portfolio.reporting.ledger.Contribution;
import org.itu.bdt.portfolio.reporting.ledger.Dimension;
import org.itu.bdt.portfolio.reporting.ledger.LedgerAmounts;
import org.itu.bdt.portfolio.reporting.ledger.LedgerLine;
import org.itu.bdt.portfolio.reporting.ledger.LedgerMoved;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioByRegion;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.ledger.ProjectAt;
import org.itu.bdt.portfolio.reporting.ledger.RegionFigures;
import org.itu.bdt.portfolio.reporting.ledger.RegionLedger;
import org.itu.bdt.portfolio.reporting.readmodel.ReadModelSchemas;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Announces each ledger line an event moved, under its report's name (portfolio-by-region, portfolio-by-partner,
 * ...), with that line's figures today, read in the same transaction: it observes the ledger's move synchronously.
 * A partner's line of portfolio-by-partner is the one change that concerns a single partner.
 */
@ApplicationScoped
class LedgerChanges {

    private final RegionLedger regions;
    private final BreakdownLedger breakdowns;
    private final Event<AggregateChanged> changes;
    private final ReadModelSchemas schemas;
    private final StreamAudience audience;

    LedgerChanges(RegionLedger regions, BreakdownLedger breakdowns, Event<AggregateChanged> changes,
                  ReadModelSchemas schemas, StreamAudience audience) {
        this.regions = regions;
        this.breakdowns = breakdowns;
        this.changes = changes;
        this.schemas = schemas;
        this.audience = audience;
    }

    /** A rebuild's replay changes tables nobody reads yet, and a change nobody listens to needs no figures. */
    void announce(@Observes LedgerMoved moved) {
        Contribution change = moved.difference();
        if (schemas.isRebuilding() || audience.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        announceRegions(change, today);
        Map<Dimension, Map<String, PortfolioFigures>> todays = new EnumMap<>(Dimension.class);
        change.lines().forEach((line, delta) -> {
            if (line.dimension() != Dimension.REGION) {
                PortfolioFigures figures = todays
                        .computeIfAbsent(line.dimension(), dimension -> breakdowns.asOf(dimension, today))
                        .getOrDefault(line.key(), PortfolioFigures.NONE);
                changes.fire(new AggregateChanged(line.dimension().reportName(), of(line, delta, today, figures),
                        partnerOf(line)));
            }
        });
    }

    private void announceRegions(Contribution change, LocalDate today) {
        PortfolioByRegion portfolio = regions.asOf(today);
        change.lines(Dimension.REGION).forEach((line, delta) -> changes.fire(new AggregateChanged(
                Dimension.REGION.reportName(), RegionLedgerChange.of(line, delta, today, portfolio.regions().stream()
                        .filter(region -> region.region().name().equals(line.key()))
                        .map(RegionFigures::figures)
                        .findFirst().orElseThrow()))));
    }

    /** A partner's own line of the partner breakdown; the ICT-DF's line and the one of no partner concern none. */
    private static Optional<String> partnerOf(LedgerLine line) {
        boolean partnersOwn = line.dimension() == Dimension.PARTNER && !ProjectAt.ITU_PARTNER_KEY.equals(line.key())
                && !ProjectAt.NONE.equals(line.key());
        return partnersOwn ? Optional.of(line.key()) : Optional.empty();
    }

    /** The data of a breakdown's stream event: one key moved on one date by {@code change}; its figures today. */
    public record BreakdownLedgerChange(String dimension, String key, LocalDate effectiveOn,
                                        RegionLedgerChange.Change change, RegionLedgerChange.Today today) {
    }

    private static BreakdownLedgerChange of(LedgerLine line, LedgerAmounts delta, LocalDate today,
                                            PortfolioFigures figures) {
        return new BreakdownLedgerChange(line.dimension().name(), line.key(), line.effectiveOn(),
                RegionLedgerChange.Change.of(delta), RegionLedgerChange.Today.of(today, figures));
    }
}
