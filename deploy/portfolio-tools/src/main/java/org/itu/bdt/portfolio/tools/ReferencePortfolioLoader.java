package org.itu.bdt.portfolio.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
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
 * partners, projects, ICT-DF transfers, agreements, amendments. The transfers come before the agreements because
 * an ITU line is an allocation the ICT-DF balance must cover; once both transfers are in, any order of the
 * agreements is covered, since every day's balance is at least the one with all of them signed. Loading twice is
 * harmless: what exists already answers 409 and is counted as such. Then it waits until reporting-service shows
 * Figure 1 as printed.
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
                        options.get("--reporting-service")),
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

    public void load() {
        report("partners", send(portfolio.partners(), this::partner, api::registerPartner));
        report("projects", send(portfolio.projects(), this::project, api::registerProject));
        report("transfers", send(portfolio.ictDfTransfers(), this::transfer, api::receiveIctDfTransfer));
        report("agreements", send(portfolio.agreements(), this::agreement, api::signAgreement));
        report("amendments", send(portfolio.amendments(), this::amendment,
                body -> api.amend(body.remove("agreementNumber").asText(), body)));
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

    private Outcome send(List<Map<String, String>> rows, Function<Map<String, String>, ObjectNode> body,
                         Function<ObjectNode, PortfolioApi.Response> call) {
        int created = 0;
        int existing = 0;
        for (Map<String, String> row : rows) {
            PortfolioApi.Response response = call.apply(body.apply(row));
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

    private ObjectNode agreement(Map<String, String> row) {
        return PortfolioApi.JSON.createObjectNode()
                .put("agreementNumber", row.get("agreement_id"))
                .put("projectNumber", row.get("project_number"))
                .put("partnerId", blankToNull(row.get("partner_id")))
                .put("fundingSource", row.get("funding_source"))
                .put("currency", row.get("currency"))
                .put("originalAmount", new BigDecimal(row.get("original_amount")))
                .put("chfAmount", new BigDecimal(row.get("chf_amount")))
                .put("signedOn", row.get("signed_on"));
    }

    private ObjectNode amendment(Map<String, String> row) {
        return PortfolioApi.JSON.createObjectNode()
                .put("agreementNumber", row.get("agreement_id"))
                .put("amendmentId", row.get("amendment_id"))
                .put("effectiveOn", row.get("effective_on"))
                .put("newOriginalAmount", new BigDecimal(row.get("new_original_amount")))
                .put("newChfAmount", new BigDecimal(row.get("new_chf_amount")))
                .put("reason", row.get("reason"));
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
                        + " --funding-service URL --reporting-service URL");
                System.exit(2);
            }
        }
        return options;
    }
}
