package org.itu.bdt.portfolio.tools.chaos;

import org.itu.bdt.portfolio.tools.ClientCredentialsToken;
import org.itu.bdt.portfolio.tools.PortfolioApi;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fault-injection run of deploy/chaos/run.sh (issue 12): a load of at least --agreements agreements from
 * --clients clients against the local system while the faults are injected one after the other; for each, the time
 * from the failed part being back to Figure 1 being exact again; then the final audit. Exit status 1 when anything
 * was lost, counted twice, or did not converge within --goal seconds (10) of the failed part being back.
 */
public final class ChaosRun {

    /** One fault's outcome: when it was back, how long the reports took to be exact, the load meanwhile. */
    record FaultResult(Fault fault, Duration converged, String offBy, int signedDuring, int lostAnswersDuring) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of(
                "--project-service", "http://127.0.0.1:8081",
                "--funding-service", "http://127.0.0.1:8082",
                "--reporting-service", "http://127.0.0.1:8083",
                "--clients", "4",
                "--agreements", "10000",
                "--rate", "2.5",
                "--faults", "kill-project-service,kill-funding-service,kill-reporting-service,broker-stop,db-outage,"
                        + "rewind-group",
                "--broker-down", "30",
                "--db-outage", "30",
                "--converge-within", "180"));
        options.putAll(Map.of("--settle-ms", "1000", "--quiet-between", "10", "--ictdf-transfer", "20000000",
                "--script", "deploy/chaos/faults.sh",
                "--projects-per-region", "25", "--goal", "10",
                "--restart-with", "start"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        System.exit(new ChaosRun(options).run() ? 0 : 1);
    }

    private final Map<String, String> options;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final String runId;
    private volatile boolean stopped;

    private ChaosRun(Map<String, String> options) {
        this.options = options;
        long minutes = System.currentTimeMillis() / 60_000;
        this.runId = options.getOrDefault("--run-id",
                "" + (char) ('A' + minutes / 26 % 26) + (char) ('A' + minutes % 26));
    }

    private boolean run() throws Exception {
        Instant started = Instant.now();
        long startedNanos = System.nanoTime();
        PortfolioApi api = new PortfolioApi(options.get("--project-service"), options.get("--funding-service"),
                options.get("--reporting-service"), ClientCredentialsToken.of(options));
        int clients = Integer.parseInt(options.get("--clients"));
        int target = Integer.parseInt(options.get("--agreements"));
        say("run %s: %d clients, at least %d agreements, faults %s", runId, clients, target, options.get("--faults"));
        say("%s", String.join(" ", options.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(option -> option.getKey() + " " + option.getValue()).toList()));

        ChaosPortfolio portfolio = new ChaosPortfolio(api, runId, today);
        portfolio.publishRates();
        portfolio.receiveTransfer(new BigDecimal(options.get("--ictdf-transfer")));
        List<List<ProjectLedger>> byClient = portfolio.registerProjects(clients,
                Integer.parseInt(options.get("--projects-per-region")));
        List<ProjectLedger> ledgers = byClient.stream().flatMap(List::stream).toList();
        ReportReader reports = new ReportReader(api, today.toString());
        Figures baseline = steadyBaseline(reports);
        Convergence convergence = new Convergence(reports, baseline, ledgers,
                Duration.ofMillis(Long.parseLong(options.get("--settle-ms"))));

        LoadTally tally = new LoadTally();
        List<Thread> threads = new ArrayList<>();
        for (int client = 1; client <= clients; client++) {
            Thread thread = new Thread(new SigningClient(client, runId, api, byClient.get(client - 1), tally,
                    Double.parseDouble(options.get("--rate")), today, () -> stopped), "client-" + client);
            thread.start();
            threads.add(thread);
        }
        Thread progress = new Thread(() -> {
            while (!stopped) {
                Convergence.sleep(Duration.ofSeconds(10));
                say("load: %s; %s", tally.summary(), Gauges.now());
            }
        }, "progress");
        progress.setDaemon(true);
        progress.start();

        Duration quiet = Duration.ofSeconds(Long.parseLong(options.get("--quiet-between")));
        Duration longest = Duration.ofSeconds(Long.parseLong(options.get("--converge-within")));
        Fault.Faults faults = new Fault.Faults(Path.of(options.get("--script")),
                "up".equals(options.get("--restart-with")), 8081, 8082, 8083, 9092);
        List<FaultResult> results = new ArrayList<>();
        Convergence.sleep(quiet);
        for (String name : options.get("--faults").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Fault fault = Fault.named(name.trim(), Duration.ofSeconds(Long.parseLong(options.get("--broker-down"))),
                    Duration.ofSeconds(Long.parseLong(options.get("--db-outage"))), started);
            if (convergence.await(Duration.ofMillis(200), Duration.ofSeconds(60), System.nanoTime()) == null) {
                say("before %s: Figure 1 is not exact (%s); injecting all the same", name, convergence.whyNot());
            }
            int signedBefore = tally.signed();
            int lostBefore = tally.answersLost.get();
            say("fault %s: %s", fault.name, fault.description);
            long back = fault.inject(faults);
            say("fault %s: the failed part is back; polling Figure 1 every 200 ms", fault.name);
            Duration converged = convergence.await(Duration.ofMillis(200), longest, back);
            String offBy = converged == null ? convergence.whyNot() : "";
            say("fault %s: %s", fault.name, converged == null ? "NOT converged within " + longest.toSeconds()
                    + " s:" + offBy : "exact again " + converged.toMillis() + " ms after the part was back");
            fault.finish();
            results.add(new FaultResult(fault, converged, offBy, tally.signed() - signedBefore,
                    tally.answersLost.get() - lostBefore));
            Convergence.sleep(quiet);
        }
        while (tally.signed() < target) {
            Convergence.sleep(Duration.ofSeconds(2));
        }
        stopped = true;
        for (Thread thread : threads) {
            thread.join();
        }
        say("load stopped: %s", tally.summary());
        Duration settled = convergence.await(Duration.ofMillis(200), longest, System.nanoTime());
        say("after the load: Figure 1 %s", settled == null ? "NOT exact: " + convergence.whyNot()
                : "exact " + settled.toMillis() + " ms after the last answer");
        FinalAudit.Findings findings = new FinalAudit(api, reports, today).audit(ledgers, tally, baseline);
        findings.details.stream().limit(40).forEach(detail -> say("  %s", detail));
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        Duration goal = goal();
        boolean passed = findings.passed() && settled != null
                && results.stream().allMatch(result -> result.converged() != null
                && result.converged().compareTo(goal) <= 0);
        print(results, tally, findings, took, passed);
        return passed;
    }

    /** The reports before the load, read until two readings a second apart agree (nothing still in flight). */
    private static Figures steadyBaseline(ReportReader reports) {
        Figures last = reports.all();
        for (int attempt = 0; attempt < 60; attempt++) {
            Convergence.sleep(Duration.ofSeconds(1));
            Figures now = reports.all();
            if (now.minus(last).isZero()) {
                return now;
            }
            last = now;
        }
        throw new IllegalStateException("the reports did not settle before the load: is a consumer behind?");
    }

    private void print(List<FaultResult> results, LoadTally tally, FinalAudit.Findings findings, Duration took,
                       boolean passed) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("| %s | fault | load during it | lost | double-counted | time to converge |", today));
        lines.add("|---|---|---|---|---|---|");
        for (FaultResult result : results) {
            String lost = result.converged() == null ? "see audit" : "0";
            lines.add(String.format("| run %s | %s | %d agreements signed, %d answers lost | %s | %s | %s |", runId,
                    result.fault().name, result.signedDuring(), result.lostAnswersDuring(), lost, lost,
                    result.converged() == null ? "not converged in " + options.get("--converge-within") + " s:"
                            + result.offBy() : String.format("%.1f s%s", result.converged().toMillis() / 1000.0,
                            result.converged().compareTo(goal()) > 0
                                    ? " (over the " + goal().toSeconds() + " s goal)" : "")));
        }
        System.out.println();
        lines.forEach(System.out::println);
        System.out.println();
        say("load: %s", tally.summary());
        say("audit: %s", findings);
        say("run %s took %d min %02d s: %s", runId, took.toMinutes(), took.toSecondsPart(),
                passed ? "PASSED" : "FAILED");
        String resultsFile = options.get("--results");
        if (resultsFile != null) {
            lines.add("");
            lines.add("load: " + tally.summary());
            lines.add("audit: " + findings);
            lines.add(String.format("run %s took %d min %02d s: %s", runId, took.toMinutes(), took.toSecondsPart(),
                    passed ? "PASSED" : "FAILED"));
            lines.add("");
            Files.write(Path.of(resultsFile), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private Duration goal() {
        return Duration.ofSeconds(Long.parseLong(options.get("--goal")));
    }

    private static void say(String format, Object... args) {
        System.out.printf("%s %s%n", Instant.now().toString().substring(11, 19), String.format(format, args));
    }
}
