package org.itu.bdt.portfolio.tools.bench;

import org.itu.bdt.portfolio.tools.ClientCredentialsToken;
import org.itu.bdt.portfolio.tools.PortfolioApi;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Freshness of the live portfolio figures: signs N agreements one after the other against the running system and
 * measures, for each, the time from "POST accepted" (201) to "visible in portfolio-by-region". The agreements go to a
 * project of the benchmark's own ({@link BenchmarkProjects}). It calls as the local {@code portfolio-loader} client
 * unless --token-url, --client-id and --client-secret say otherwise.
 */
public final class FreshnessBenchmark {

    private FreshnessBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = options(args, Map.of("--agreements", "200"));
        var projects = new BenchmarkProjects(api(options));
        String projectNumber = projects.register("Freshness benchmark run", LocalDate.now(), 1).get(0);
        long[] micros = new long[Integer.parseInt(options.get("--agreements"))];
        for (int i = 0; i < micros.length; i++) {
            micros[i] = projects.signAndAwait(projectNumber);
        }
        System.out.printf("freshness agreements=%d %s%n", micros.length, Percentiles.of(micros));
    }

    /** The command line's --name value pairs over the services' local addresses and the given defaults. */
    static Map<String, String> options(String[] args, Map<String, String> defaults) {
        Map<String, String> options = new HashMap<>(Map.of(
                "--project-service", "http://127.0.0.1:8081",
                "--funding-service", "http://127.0.0.1:8082",
                "--reporting-service", "http://127.0.0.1:8083"));
        options.putAll(defaults);
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    static PortfolioApi api(Map<String, String> options) {
        return new PortfolioApi(options.get("--project-service"), options.get("--funding-service"),
                options.get("--reporting-service"), ClientCredentialsToken.of(options));
    }
}
