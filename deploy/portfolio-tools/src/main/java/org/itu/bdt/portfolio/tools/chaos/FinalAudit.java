package org.itu.bdt.portfolio.tools.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import org.itu.bdt.portfolio.tools.PortfolioApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks after the load, with nothing in flight: every accepted agreement stored in funding-service with the
 * amount its client was told; every report (Figure 1, the partner, funding-source and initiative breakdowns, and the
 * drill-downs of every region) counting each stored agreement exactly once; reconciliation empty; the ICT-DF
 * balance never negative on its statement.
 */
public final class FinalAudit {

    /** What the audit found; {@link #passed()} when nothing was lost, doubled or disagreed. */
    public static final class Findings {
        int accepted;
        int lostInFunding;
        int storedWithout2xx;
        int lostInReports;
        int doubleCounted;
        int wrongAmount;
        BigDecimal chfShort = BigDecimal.ZERO;
        BigDecimal chfOver = BigDecimal.ZERO;
        int reconciliationDifferences = -1;
        BigDecimal lowestIctDfBalance;
        final List<String> details = new ArrayList<>();

        public boolean passed() {
            return lostInFunding == 0 && lostInReports == 0 && doubleCounted == 0 && wrongAmount == 0
                    && chfShort.signum() == 0 && chfOver.signum() == 0 && reconciliationDifferences == 0
                    && lowestIctDfBalance != null && lowestIctDfBalance.signum() >= 0;
        }

        @Override
        public String toString() {
            return String.format("accepted agreements %d; lost in funding-service %d; stored without a 2xx %d;"
                            + " in the drill-downs: lost %d, counted twice or more %d, wrong amount %d;"
                            + " report figures short by %s CHF, over by %s CHF; reconciliation differences %d;"
                            + " lowest ICT-DF balance %s CHF",
                    accepted, lostInFunding, storedWithout2xx, lostInReports, doubleCounted, wrongAmount,
                    chfShort.toPlainString(), chfOver.toPlainString(), reconciliationDifferences,
                    lowestIctDfBalance == null ? "?" : lowestIctDfBalance.toPlainString());
        }
    }

    private final PortfolioApi api;
    private final ReportReader reports;
    private final LocalDate today;

    public FinalAudit(PortfolioApi api, ReportReader reports, LocalDate today) {
        this.api = api;
        this.reports = reports;
        this.today = today;
    }

    public Findings audit(List<ProjectLedger> ledgers, LoadTally tally, Figures baseline) {
        Findings findings = new Findings();
        Map<String, AcceptedAgreement> accepted = new HashMap<>();
        tally.agreements().forEach(agreement -> accepted.put(agreement.agreementNumber, agreement));
        findings.accepted = accepted.size();

        // 1. funding-service holds every accepted agreement, at the amount in force its client was told
        Map<String, BigDecimal> stored = new HashMap<>();
        Figures expected = baseline.copy();
        for (ProjectLedger ledger : ledgers) {
            for (JsonNode agreement : json(api.agreementsOf(ledger.project().projectNumber()))) {
                String number = agreement.get("agreementNumber").asText();
                BigDecimal chf = inForce(agreement);
                stored.put(number, chf);
                String partner = agreement.path("partnerId").isNull() ? null : agreement.path("partnerId").asText();
                expected.add(ledger.project().contribution(new ChaosProject.Funding(partner), chf));
                AcceptedAgreement known = accepted.get(number);
                if (known == null) {
                    findings.storedWithout2xx++;
                    findings.details.add("stored without a 2xx: " + number);
                } else if (known.chfInForce().compareTo(chf) != 0) {
                    findings.lostInFunding++;
                    findings.details.add("funding-service has " + number + " at " + chf + " CHF, its client was told "
                            + known.chfInForce());
                }
            }
        }
        for (String number : accepted.keySet()) {
            if (!stored.containsKey(number)) {
                findings.lostInFunding++;
                findings.details.add("accepted but not stored: " + number);
            }
        }

        // 2. every report row the load moved equals the baseline plus what funding-service holds
        Figures shown = reports.all();
        Set<String> moved = new HashSet<>(expected.minus(baseline).asMap().keySet());
        for (String key : moved) {
            BigDecimal off = shown.get(key).subtract(expected.get(key));
            if (off.signum() > 0) {
                findings.chfOver = findings.chfOver.add(off);
                findings.details.add(String.format("%s over by %s CHF", key, off.toPlainString()));
            } else if (off.signum() < 0) {
                findings.chfShort = findings.chfShort.add(off.negate());
                findings.details.add(String.format("%s short by %s CHF", key, off.negate().toPlainString()));
            }
        }

        // 3. the drill-downs list each agreement in force once, at its amount
        Set<String> chaosProjects = new HashSet<>();
        ledgers.forEach(ledger -> chaosProjects.add(ledger.project().projectNumber()));
        Map<String, Integer> listed = new HashMap<>();
        for (String region : ChaosPortfolio.REGIONS) {
            JsonNode drillDown = json(reportResponse("portfolio-by-region/" + region + "/projects?asOf=" + today));
            for (JsonNode project : drillDown.path("projects")) {
                if (!chaosProjects.contains(project.path("projectNumber").asText())) {
                    continue;
                }
                for (JsonNode agreement : project.path("agreements")) {
                    String number = agreement.get("agreementNumber").asText();
                    BigDecimal chf = agreement.path("chfAmount").decimalValue();
                    listed.merge(number, 1, Integer::sum);
                    BigDecimal truth = stored.get(number);
                    if (truth == null || truth.compareTo(chf) != 0) {
                        findings.wrongAmount++;
                        findings.details.add("drill-down shows " + number + " at " + chf + " CHF, funding-service "
                                + truth);
                    }
                }
            }
        }
        stored.forEach((number, chf) -> {
            int times = listed.getOrDefault(number, 0);
            if (times == 0 && chf.signum() != 0) {
                findings.lostInReports++;
                findings.details.add("not in the drill-down: " + number);
            } else if (times > 1) {
                findings.doubleCounted++;
                findings.details.add("listed " + times + " times: " + number);
            }
        });

        // 4. reconciliation, and 5. the ICT-DF balance on every day of its statement
        JsonNode reconciliation = api.reconciliation(today.toString());
        JsonNode differences = reconciliation.path("differences");
        findings.reconciliationDifferences = differences.isArray() ? differences.size() : -1;
        if (findings.reconciliationDifferences != 0) {
            findings.details.add("reconciliation: " + abbreviated(reconciliation.toString()));
        }
        JsonNode statement = api.ictDfStatement();
        BigDecimal lowest = statement.path("openingBalance").decimalValue();
        for (JsonNode line : statement.path("lines")) {
            BigDecimal balance = line.path("balance").decimalValue();
            if (balance.compareTo(lowest) < 0) {
                lowest = balance;
            }
        }
        findings.lowestIctDfBalance = lowest;
        return findings;
    }

    /** An agreement's CHF in force today: nothing once cancelled, else the latest amendment's or as signed. */
    private BigDecimal inForce(JsonNode agreement) {
        if ("CANCELLED".equals(agreement.path("status").asText())) {
            return BigDecimal.ZERO;
        }
        return agreement.path("currentChfAmount").decimalValue();
    }

    private PortfolioApi.Response reportResponse(String pathAndQuery) {
        return new PortfolioApi.Response(200, api.report(pathAndQuery, "application/json"));
    }

    private static JsonNode json(PortfolioApi.Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("HTTP " + response.status() + ": " + abbreviated(response.body()));
        }
        try {
            return PortfolioApi.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
