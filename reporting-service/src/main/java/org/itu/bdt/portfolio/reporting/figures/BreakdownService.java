package org.itu.bdt.portfolio.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.reporting.ledger.BreakdownLedger;
import org.itu.bdt.portfolio.reporting.ledger.Dimension;
import org.itu.bdt.portfolio.reporting.ledger.FundingSource;
import org.itu.bdt.portfolio.reporting.ledger.Initiative;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFacts;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.ledger.ProjectAt;
import org.itu.bdt.portfolio.reporting.ledger.ProjectStatus;
import org.itu.bdt.portfolio.reporting.ledger.RegionLedger;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Reads the breakdowns of the portfolio from the ledgers and labels their rows. */
@ApplicationScoped
public class BreakdownService {

    private static final Map<Dimension, String> NOTES = new EnumMap<>(Map.of(
            Dimension.STATUS, "Every project once, under its status at asOf (all statuses); the rows add up to "
                    + "the total.",
            Dimension.PARTNER, "Ongoing projects. A project counts once under each partner funding it, with that "
                    + "partner's money; the ICT-DF's money is the row 'itu'. Amounts add up to the total, project "
                    + "counts do not.",
            Dimension.FUNDING_SOURCE, "Ongoing projects. A project funded from both sources counts under each, "
                    + "with that source's money. Amounts add up to the total, project counts do not.",
            Dimension.INITIATIVE, "Ongoing projects. A project serving several regional initiatives counts under "
                    + "each with its full amounts, so the rows do not add up to the total, which counts every "
                    + "project once.",
            Dimension.COUNTRY, "Ongoing projects. A project with several recipient countries counts under each "
                    + "with its full amounts, so the rows do not add up to the total, which counts every project "
                    + "once."));

    private final BreakdownLedger ledger;
    private final RegionLedger regions;
    private final PortfolioFacts facts;

    BreakdownService(BreakdownLedger ledger, RegionLedger regions, PortfolioFacts facts) {
        this.ledger = ledger;
        this.regions = regions;
        this.facts = facts;
    }

    public Breakdown asOf(Dimension dimension, LocalDate asOf) {
        UnaryOperator<String> label = labels(dimension);
        List<Breakdown.Row> rows = ledger.asOf(dimension, asOf).entrySet().stream()
                .map(entry -> new Breakdown.Row(entry.getKey(), label.apply(entry.getKey()), entry.getValue()))
                .toList();
        PortfolioFigures total = dimension == Dimension.STATUS
                ? rows.stream().map(Breakdown.Row::figures).reduce(PortfolioFigures.NONE, PortfolioFigures::plus)
                : regions.asOf(asOf).total();
        return new Breakdown(asOf, dimension, rows, total, NOTES.get(dimension));
    }

    private UnaryOperator<String> labels(Dimension dimension) {
        return switch (dimension) {
            case PARTNER -> partnerLabels();
            case INITIATIVE -> initiativeLabels();
            case COUNTRY -> key -> ProjectAt.NONE.equals(key) ? "No recipient country"
                    : new Locale("", key).getDisplayCountry(Locale.ENGLISH);
            case FUNDING_SOURCE -> key -> FundingSource.valueOf(key).label();
            case STATUS -> key -> ProjectStatus.valueOf(key).label();
            default -> key -> key;
        };
    }

    private UnaryOperator<String> partnerLabels() {
        Map<String, String> names = facts.partnerNames();
        return key -> ProjectAt.ITU_PARTNER_KEY.equals(key) ? FundingSource.ITU.label()
                : names.getOrDefault(key, key);
    }

    private UnaryOperator<String> initiativeLabels() {
        Map<String, String> labels = facts.initiativeLabels();
        return key -> {
            if (ProjectAt.NONE.equals(key)) {
                return "No regional initiative";
            }
            if (Initiative.MULTIPLE.equals(key)) {
                return "Multiple";
            }
            return labels.containsKey(key) ? key + " – " + labels.get(key) : key;
        };
    }
}
