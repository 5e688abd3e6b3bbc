package org.itu.bdt.portfolio.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.itu.bdt.portfolio.tools.PortfolioApi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Projects of a benchmark's own, in the inter-regional portfolio, funded 1.00 CHF per agreement by the benchmark's
 * partner: the region's partner funding in Figure 1 then tells when an agreement has reached the reports. Run on a
 * throw-away system (deploy/local/portfolio.sh reset clears it).
 */
public final class BenchmarkProjects {

    public static final BigDecimal AMOUNT = new BigDecimal("1.00");
    private static final String REGION = "INTER_REGIONAL";
    private static final String PARTNER = "BENCH";
    private static final AtomicInteger REGISTERED = new AtomicInteger();

    private final PortfolioApi api;
    private final String today = LocalDate.now().toString();

    public BenchmarkProjects(PortfolioApi api) {
        this.api = api;
        api.registerPartner(PortfolioApi.JSON.createObjectNode()
                .put("partnerId", PARTNER).put("name", "Benchmark partner").put("type", "private-sector"));
    }

    /** New ongoing projects signed on the date, with numbers unique to this run. */
    public List<String> register(String title, LocalDate signedOn, int count) throws InterruptedException {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String projectNumber = String.format("9BEN%05d",
                    (System.currentTimeMillis() / 1000 + REGISTERED.getAndIncrement() * 7919L) % 100_000);
            PortfolioApi.Response registered = api.registerProject(PortfolioApi.JSON.createObjectNode()
                    .put("projectNumber", projectNumber)
                    .put("title", title)
                    .put("region", REGION)
                    .put("scope", "INTER_REGIONAL")
                    .put("signedOn", signedOn.toString())
                    .put("status", "ONGOING"));
            require(registered.created(), "project refused: " + registered.body());
            numbers.add(projectNumber);
        }
        // reporting-service learns of the projects from their events: no measured agreement should wait for that
        Thread.sleep(1_000);
        return numbers;
    }

    /** Signs one agreement of 1.00 CHF; refused agreements stop the benchmark. */
    public void sign(String projectNumber, LocalDate signedOn) {
        PortfolioApi.Response signed = api.signAgreement(PortfolioApi.JSON.createObjectNode()
                .put("projectNumber", projectNumber)
                .put("partnerId", PARTNER)
                .put("fundingSource", "PARTNER")
                .put("currency", "CHF")
                .put("originalAmount", AMOUNT)
                .put("signedOn", signedOn.toString()));
        require(signed.created(), "agreement refused: " + signed.body());
    }

    /** Signs one agreement today and waits until the reports show it: microseconds from its acceptance. */
    public long signAndAwait(String projectNumber) throws InterruptedException {
        BigDecimal expected = partnerFunding().add(AMOUNT);
        sign(projectNumber, LocalDate.now());
        long accepted = System.nanoTime();
        awaitPartnerFunding(expected);
        return (System.nanoTime() - accepted) / 1_000;
    }

    /** The inter-regional portfolio's partner funding in Figure 1 as of today. */
    public BigDecimal partnerFunding() {
        for (JsonNode region : api.portfolioByRegionJson(today).get("regions")) {
            if (region.get("region").asText().equals(REGION)) {
                return region.get("partnerFunding").decimalValue();
            }
        }
        throw new IllegalStateException("no " + REGION + " row in the report");
    }

    public void awaitPartnerFunding(BigDecimal expected) throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (partnerFunding().compareTo(expected) < 0) {
            require(System.nanoTime() < deadline, "not visible within 10 min: " + expected);
            Thread.onSpinWait();
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
