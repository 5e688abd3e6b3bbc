package org.itu.bdt.portfolio.tools.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ingest: several clients sign agreements as fast as they are accepted, for a while, spread over projects of the
 * benchmark's own; then the time until the reports show them all. Prints the agreements accepted per second and the
 * agreements accepted and visible per second (from the first request to the last agreement in Figure 1).
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = FreshnessBenchmark.options(args,
                Map.of("--clients", "4", "--seconds", "30", "--projects", "40"));
        int clients = Integer.parseInt(options.get("--clients"));
        long window = Long.parseLong(options.get("--seconds")) * 1_000_000_000L;
        var projects = new BenchmarkProjects(FreshnessBenchmark.api(options));
        List<String> numbers = projects.register("Ingest benchmark project", LocalDate.now(),
                Integer.parseInt(options.get("--projects")));
        BigDecimal before = projects.partnerFunding();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long began = System.nanoTime();
        List<Future<Integer>> signers = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int first = client;
            signers.add(pool.submit(() -> signUntil(projects, numbers, first, clients, began + window)));
        }
        int accepted = 0;
        for (Future<Integer> signer : signers) {
            accepted += signer.get();
        }
        long signing = System.nanoTime() - began;
        pool.shutdown();
        projects.awaitPartnerFunding(before.add(BenchmarkProjects.AMOUNT.multiply(BigDecimal.valueOf(accepted))));
        long visible = System.nanoTime() - began;
        System.out.printf("ingest clients=%d accepted=%d accepted_per_second=%.1f visible_per_second=%.1f"
                        + " last_visible_after_s=%.1f%n", clients, accepted, accepted / (signing / 1e9),
                accepted / (visible / 1e9), (visible - signing) / 1e9);
    }

    /** One client's loop: the projects in turn, each client starting at its own. */
    private static int signUntil(BenchmarkProjects projects, List<String> numbers, int first, int step, long end) {
        int signed = 0;
        for (int i = first; System.nanoTime() < end; i += step) {
            projects.sign(numbers.get(i % numbers.size()), LocalDate.now());
            signed++;
        }
        return signed;
    }
}
