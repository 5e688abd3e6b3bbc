package org.itu.bdt.portfolio.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads the reference portfolio through the services' public REST APIs, in the order a real user would:
 * exchange rates, ICT-DF transfers, partners, projects, agreements, amendments. The transfers come before the
 * agreements because an ITU line is an allocation the ICT-DF balance must cover; once both transfers are in, any
 * order of the agreements is covered, since every day's balance is at least the one with all of them signed.
 * Agreements and amendments go in with their original currency and amount only: funding-service converts them, and
 * the load fails at once if a CHF amount differs from the reference data's. Loading twice is harmless: the rates
 * come out unchanged, and what exists already answers 409 and is counted as such. Then it waits until
 * reporting-service shows Figure 1 as printed. It calls as the {@code portfolio-loader} client (role admin), with a
 * token of its own from the identity provider.
 */
public final class ReferencePortfolioLoader {

    private final PortfolioApi api;
    private final ReferencePortfolio portfolio;

    public ReferencePortfolioLoader(PortfolioApi api, ReferencePortfolio portfolio) {
        this.api = api;
        this.portfolio = portfolio;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        ReferencePortfolioLoader loader = new ReferencePortfolioLoader(
                new PortfolioApi(options.get("--project-service"), options.get("--funding-service"),
                        options.get("--reporting-service"), ClientCredentialsToken.of(options)),
                ReferencePortfolio.read(Path.of(options.get("--data"))));
        loader.load();
        boolean matches = loader.awaitFigure1(Duration.ofSeconds(60));
        System.out.println(matches
                ? "Figure 1 (asOf=2024-12-31) matches the printed report:"
                : "Figure 1 (asOf=2024-12-31) does NOT yet match the printed report:");
        System.out.print(loader.api.portfolioByRegionCsv("2024-12-31"));
        if (!matches) {
            System.exit(1);
        }
    }

    public void load() throws IOException {
        publishExchangeRates();
        report("transfers", send(portfolio.ictDfTransfers(), row -> api.receiveIctDfTransfer(transfer(row))));
        report("partners", send(portfolio.partners(), row -> api.registerPartner(partner(row))));
        report("projects", send(portfolio.projects(), row -> api.registerProject(project(row))));
        report("agreements", send(portfolio.agreements(), this::sign));
        report("amendments", send(portfolio.amendments(), this::amend));
    }

    /** Waits until the report equals the printed Figure 1; false if it does not within the timeout. */
    public boolean awaitFigure1(Duration timeout) throws IOException, InterruptedException {
        String expected = portfolio.expectedFigure1();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (expected.equals(api.portfolioByRegionCsv("2024-12-31"))) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private record Outcome(int created, int existing) {
    }

    private void publishExchangeRates() throws IOException {
        PortfolioApi.Response response = api.publishExchangeRates(portfolio.exchangeRatesCsv());
        if (response.status() != 200) {
            throw new IllegalStateException("refused the exchange rates: HTTP " + response.status() + " "
                    + response.body());
        }
        JsonNode counts = json(response);
        System.out.printf("%-11s %3d created, %3d revised, %3d unchanged%n", "rates", counts.get("created").asInt(),
                counts.get("revised").asInt(), counts.get("unchanged").asInt());
    }

    private Outcome send(List<Map<String, String>> rows, Function<Map<String, String>, PortfolioApi.Response> call) {
        int created = 0;
        int existing = 0;
        for (Map<String, String> row : rows) {
            PortfolioApi.Response response = call.apply(row);
            if (response.created()) {
                created++;
            } else if (response.conflict()) {
                existing++;
            } else {
                throw new IllegalStateException("refused " + row + ": HTTP " + response.status() + " " + response.body());
            }
        }
        return new Outcome(created, existing);
    }

    private static void report(String what, Outcome outcome) {
        System.out.printf("%-11s %3d created, %3d already there%n", what, outcome.created(), outcome.existing());
    }

    private ObjectNode partner(Map<String, String> row) {
        ObjectNode body = PortfolioApi.JSON.createObjectNode()
                .put("partnerId", row.get("partner_id"))
                .put("name", row.get("name"))
                .put("type", row.get("type"));
        return body.put("country", blankToNull(row.get("country")));
    }

    private ObjectNode project(Map<String, String> row) {
        return PortfolioApi.JSON.createObjectNode()
                .put("projectNumber", row.get("project_number"))
                .put("title", row.get("title"))
                .put("region", row.get("region"))
                .put("scope", row.get("scope"))
                .put("regionalInitiative", blankToNull(row.get("regional_initiative")))
                .put("signedOn", blankToNull(row.get("signed_on")))
                .put("startDate", blankToNull(row.get("start_date")))
                .put("endDate", blankToNull(row.get("end_date")))
                .put("status", row.get("status"));
    }

    private ObjectNode transfer(Map<String, String> row) {
        return PortfolioApi.JSON.createObjectNode()
                .put("transferId", row.get("transfer_id"))
                .put("receivedOn", row.get("received_on"))
                .put("amountChf", new BigDecimal(row.get("amount_chf")))
                .put("source", row.get("source"))
                .put("reference", row.get("reference"));
    }

    /** Signs with the original amount only; what the service converted must be the reference CHF amount. */
    private PortfolioApi.Response sign(Map<String, String> row) {
        String agreementNumber = row.get("agreement_id");
        PortfolioApi.Response response = api.signAgreement(PortfolioApi.JSON.createObjectNode()
                .put("agreementNumber", agreementNumber)
                .put("projectNumber", row.get("project_number"))
                .put("partnerId", blankToNull(row.get("partner_id")))
                .put("fundingSource", row.get("funding_source"))
                .put("currency", row.get("currency"))
                .put("originalAmount", new BigDecimal(row.get("original_amount")))
                .put("signedOn", row.get("signed_on")));
        PortfolioApi.Response stored = response.conflict() ? api.agreement(agreementNumber) : response;
        if (stored.status() / 100 == 2) {
            expectChf("agreement " + agreementNumber, row.get("chf_amount"), json(stored).get("chfAmount"));
        }
        return response;
    }

    /** Amends with the new original amount only; the service converts it at the agreement's rate. */
    private PortfolioApi.Response amend(Map<String, String> row) {
        String amendmentId = row.get("amendment_id");
        PortfolioApi.Response response = api.amend(row.get("agreement_id"), PortfolioApi.JSON.createObjectNode()
                .put("amendmentId", amendmentId)
                .put("effectiveOn", row.get("effective_on"))
                .put("newOriginalAmount", new BigDecimal(row.get("new_original_amount")))
                .put("reason", row.get("reason")));
        if (response.created()) {
            expectChf("amendment " + amendmentId, row.get("new_chf_amount"), json(response).get("newChfAmount"));
        } else if (response.conflict()) {
            for (JsonNode amendment : json(api.agreement(row.get("agreement_id"))).get("amendments")) {
                if (amendment.get("amendmentId").asText().equals(amendmentId)) {
                    expectChf("amendment " + amendmentId, row.get("new_chf_amount"), amendment.get("newChfAmount"));
                }
            }
        }
        return response;
    }

    private static void expectChf(String what, String expected, JsonNode converted) {
        if (converted == null || converted.decimalValue().compareTo(new BigDecimal(expected)) != 0) {
            throw new IllegalStateException(what + ": funding-service converted it to " + converted
                    + " CHF, the reference data has " + expected);
        }
    }

    private static JsonNode json(PortfolioApi.Response response) {
        try {
            return PortfolioApi.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--data", "--project-service", "--funding-service", "--reporting-service")) {
            if (!options.containsKey(required)) {
                System.err.println("usage: ReferencePortfolioLoader --data DIR --project-service URL"
                        + " --funding-service URL --reporting-service URL " + ClientCredentialsToken.USAGE);
                System.exit(2);
            }
        }
        return options;
    }
}
