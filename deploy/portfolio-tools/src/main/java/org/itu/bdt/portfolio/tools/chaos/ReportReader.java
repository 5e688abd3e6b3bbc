package org.itu.bdt.portfolio.tools.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import org.itu.bdt.portfolio.tools.PortfolioApi;

import java.util.List;

/** reporting-service's reports read into {@link Figures}: Figure 1 and the breakdowns the load moves. */
public final class ReportReader {

    /** The breakdowns besides Figure 1 whose rows the load moves (the initiative one: one per region). */
    static final List<String> BREAKDOWNS = List.of("portfolio-by-partner", "portfolio-by-funding-source",
            "portfolio-by-initiative");

    private final PortfolioApi api;
    private final String asOf;

    public ReportReader(PortfolioApi api, String asOf) {
        this.api = api;
        this.asOf = asOf;
    }

    /** Figure 1: "portfolio-by-region|REGION|partnerFunding" and "…|ituFunding", and "…|projects". */
    public Figures figure1() {
        JsonNode report = api.reportJson("portfolio-by-region?asOf=" + asOf);
        Figures figures = Figures.none();
        JsonNode regions = report.get("regions");
        if (regions == null) {
            throw new IllegalStateException("no Figure 1: " + report);
        }
        for (JsonNode region : regions) {
            put(figures, "portfolio-by-region|" + region.get("region").asText(), region);
        }
        return figures;
    }

    /** Figure 1 and every breakdown of {@link #BREAKDOWNS}. */
    public Figures all() {
        Figures figures = figure1();
        for (String breakdown : BREAKDOWNS) {
            JsonNode report = api.reportJson(breakdown + "?asOf=" + asOf);
            JsonNode rows = report.get("rows");
            if (rows == null) {
                throw new IllegalStateException("no " + breakdown + ": " + report);
            }
            for (JsonNode row : rows) {
                put(figures, breakdown + "|" + row.get("key").asText(), row);
            }
        }
        return figures;
    }

    private static void put(Figures figures, String prefix, JsonNode line) {
        figures.put(prefix + "|partnerFunding", line.get("partnerFunding").decimalValue());
        figures.put(prefix + "|ituFunding", line.get("ituFunding").decimalValue());
    }
}
