package org.itu.bdt.portfolio.tools.chaos;

import org.itu.bdt.portfolio.tools.PortfolioApi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a run needs before its load, through the public APIs: the year's exchange rates of its currencies, an
 * ICT-DF transfer for its ITU lines, and its projects, one per region for each client, ONGOING since January.
 */
public final class ChaosPortfolio {

    static final List<String> REGIONS = List.of("AFRICA", "AMERICAS", "ARAB_STATES", "ASIA_PACIFIC", "CIS", "EUROPE",
            "INTER_REGIONAL");
    private static final Map<String, String> INITIATIVES = Map.of("AFRICA", "AFR1", "AMERICAS", "AMS2",
            "ARAB_STATES", "ARB3", "ASIA_PACIFIC", "ASP4", "CIS", "CIS1", "EUROPE", "EUR2");

    private final PortfolioApi api;
    private final String runId;
    private final LocalDate today;

    public ChaosPortfolio(PortfolioApi api, String runId, LocalDate today) {
        this.api = api;
        this.runId = runId;
        this.today = today;
    }

    public void publishRates() {
        StringBuilder csv = new StringBuilder("currency,month,chf_per_unit\n");
        SigningClient.RATES.forEach((currency, rate) -> {
            if (!currency.equals("CHF")) {
                for (int month = 1; month <= 12; month++) {
                    csv.append(String.format("%s,%d-%02d,%s%n", currency, today.getYear(), month, rate.toPlainString()));
                }
            }
        });
        PortfolioApi.Response response = api.publishExchangeRates(csv.toString());
        require(response.status() == 200, "rates refused: " + response.status() + " " + response.body());
    }

    public void receiveTransfer(BigDecimal amountChf) {
        PortfolioApi.Response response = api.receiveIctDfTransfer(PortfolioApi.JSON.createObjectNode()
                .put("transferId", "CHAOS-" + runId + "-" + today.getYear())
                .put("receivedOn", LocalDate.of(today.getYear(), 1, 1).toString())
                .put("amountChf", amountChf)
                .put("source", "chaos harness run " + runId)
                .put("reference", "deploy/chaos/run.sh"));
        require(response.created() || response.conflict(), "transfer refused: " + response.body());
    }

    /**
     * The projects of each client: client c (1-based) owns {@code perRegion} projects in each region, numbered
     * "9C" + runId + c + region index + three digits, so that no two clients ever change one project.
     */
    public List<List<ProjectLedger>> registerProjects(int clients, int perRegion) {
        List<List<ProjectLedger>> byClient = new ArrayList<>();
        for (int client = 1; client <= clients; client++) {
            List<ProjectLedger> mine = new ArrayList<>();
            for (int index = 0; index < REGIONS.size(); index++) {
                for (int serial = 1; serial <= perRegion; serial++) {
                    mine.add(new ProjectLedger(register(new ChaosProject(
                            String.format("9C%s%d%d%03d", runId, client, index, serial), REGIONS.get(index),
                            INITIATIVES.get(REGIONS.get(index))), client)));
                }
            }
            byClient.add(mine);
        }
        return byClient;
    }

    private ChaosProject register(ChaosProject project, int client) {
        String region = project.region();
        PortfolioApi.Response response = api.registerProject(PortfolioApi.JSON.createObjectNode()
                .put("projectNumber", project.projectNumber())
                .put("title", "Chaos run " + runId + ", client " + client + ", " + region)
                .put("region", region)
                .put("scope", region.equals("INTER_REGIONAL") ? "INTER_REGIONAL" : "REGIONAL")
                .put("regionalInitiative", project.initiative())
                .put("signedOn", LocalDate.of(today.getYear(), 1, 5).toString())
                .put("startDate", LocalDate.of(today.getYear(), 1, 5).toString())
                .put("status", "ONGOING"));
        require(response.created(), "project " + project.projectNumber() + " refused (a run id used before? pass"
                + " --run-id): " + response.status() + " " + response.body());
        return project;
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
