package org.itu.bdt.portfolio.tools;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Freshness of the live portfolio figures: signs N agreements one after the other against the running system and
 * measures, for each, the time from "POST accepted" (201) to "visible in portfolio-by-region". The agreements
 * (1.00 CHF each) go to a project of the benchmark's own, registered per run in the inter-regional portfolio;
 * run it on a throw-away system (deploy/local/portfolio.sh reset clears it). It calls as the local
 * {@code portfolio-loader} client unless --token-url, --client-id and --client-secret say otherwise.
 */
public final class FreshnessBenchmark {

    private static final String REGION = "INTER_REGIONAL";
    private static final BigDecimal AMOUNT = new BigDecimal("1.00");

    private final PortfolioApi api;
    private final String today = LocalDate.now().toString();

    private FreshnessBenchmark(PortfolioApi api) {
        this.api = api;
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = new HashMap<>(Map.of(
                "--project-service", "http://127.0.0.1:8081",
                "--funding-service", "http://127.0.0.1:8082",
                "--reporting-service", "http://127.0.0.1:8083",
                "--agreements", "200"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        FreshnessBenchmark benchmark = new FreshnessBenchmark(new PortfolioApi(options.get("--project-service"),
                options.get("--funding-service"), options.get("--reporting-service"),
                ClientCredentialsToken.of(options)));
        long[] micros = benchmark.run(Integer.parseInt(options.get("--agreements")));
        Arrays.sort(micros);
        System.out.printf("freshness agreements=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", micros.length,
                percentile(micros, 50) / 1000.0, percentile(micros, 99) / 1000.0, micros[micros.length - 1] / 1000.0);
    }

    private long[] run(int agreements) throws InterruptedException {
        String projectNumber = registerProject();
        BigDecimal expected = partnerFunding();
        long[] micros = new long[agreements];
        for (int i = 0; i < agreements; i++) {
            expected = expected.add(AMOUNT);
            micros[i] = signAndAwait(projectNumber, expected);
        }
        return micros;
    }

    private long signAndAwait(String projectNumber, BigDecimal expected) throws InterruptedException {
        PortfolioApi.Response signed = api.signAgreement(PortfolioApi.JSON.createObjectNode()
                .put("projectNumber", projectNumber)
                .put("partnerId", "BENCH")
                .put("fundingSource", "PARTNER")
                .put("currency", "CHF")
                .put("originalAmount", AMOUNT)
                .put("signedOn", today));
        long accepted = System.nanoTime();
        require(signed.created(), "agreement refused: " + signed.body());
        awaitPartnerFunding(expected);
        return (System.nanoTime() - accepted) / 1_000;
    }

    private String registerProject() throws InterruptedException {
        api.registerPartner(PortfolioApi.JSON.createObjectNode()
                .put("partnerId", "BENCH").put("name", "Freshness benchmark").put("type", "private-sector"));
        String projectNumber = String.format("9BEN%05d", System.currentTimeMillis() / 1000 % 100_000);
        PortfolioApi.Response registered = api.registerProject(PortfolioApi.JSON.createObjectNode()
                .put("projectNumber", projectNumber)
                .put("title", "Freshness benchmark run")
                .put("region", REGION)
                .put("scope", "INTER_REGIONAL")
                .put("signedOn", today)
                .put("status", "ONGOING"));
        require(registered.created(), "project refused: " + registered.body());
        Thread.sleep(1_000);
        return projectNumber;
    }

    private void awaitPartnerFunding(BigDecimal expected) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (partnerFunding().compareTo(expected) < 0) {
            require(System.nanoTime() < deadline, "not visible within 30 s: " + expected);
            Thread.onSpinWait();
        }
    }

    private BigDecimal partnerFunding() {
        for (JsonNode region : api.portfolioByRegionJson(today).get("regions")) {
            if (region.get("region").asText().equals(REGION)) {
                return region.get("partnerFunding").decimalValue();
            }
        }
        throw new IllegalStateException("no " + REGION + " row in the report");
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
