package org.itu.bdt.portfolio.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.itu.bdt.portfolio.reporting.domain.AggregateChanged;
import org.itu.bdt.portfolio.reporting.domain.Contribution;
import org.itu.bdt.portfolio.reporting.domain.Dimension;
import org.itu.bdt.portfolio.reporting.domain.PortfolioByRegion;
import org.itu.bdt.portfolio.reporting.domain.RegionFigures;
import org.itu.bdt.portfolio.reporting.domain.RegionLedger;
import org.itu.bdt.portfolio.reporting.infra.ReadModelSchemas;

import java.time.LocalDate;

/** Announces each region ledger line an event moved, with the region's figures today, read in the same transaction. */
@ApplicationScoped
class RegionLedgerChanges {

    static final String NAME = "portfolio-by-region";

    private final RegionLedger ledger;
    private final Event<AggregateChanged> changes;
    private final ReadModelSchemas schemas;

    RegionLedgerChanges(RegionLedger ledger, Event<AggregateChanged> changes, ReadModelSchemas schemas) {
        this.ledger = ledger;
        this.changes = changes;
        this.schemas = schemas;
    }

    /** A rebuild's replay changes tables nobody reads yet: nothing to announce. */
    void announce(Contribution change) {
        if (change.isEmpty() || schemas.isRebuilding()) {
            return;
        }
        LocalDate today = LocalDate.now();
        PortfolioByRegion portfolio = ledger.asOf(today);
        change.lines(Dimension.REGION).forEach((line, delta) -> changes.fire(new AggregateChanged(NAME, RegionLedgerChange.of(
                line, delta, today, portfolio.regions().stream()
                        .filter(region -> region.region().name().equals(line.key()))
                        .map(RegionFigures::figures)
                        .findFirst().orElseThrow()))));
    }
}
