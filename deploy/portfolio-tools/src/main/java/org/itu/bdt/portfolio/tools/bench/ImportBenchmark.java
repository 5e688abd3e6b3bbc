package org.itu.bdt.portfolio.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.itu.bdt.portfolio.tools.PortfolioApi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bulk finance import: posts a CSV file of transactions (from {@link FinanceTransactions}) to funding-service in
 * atomic batches, the next batch to whichever client is free, and times it from the first request to the last
 * answer. Every row must come back created. Prints the rows per second and, for the script that waits for the
 * outbox, when the first request went out (epoch milliseconds).
 */
public final class ImportBenchmark {
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(10);

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = FreshnessBenchmark.options(args, Map.of("--batch", "10000", "--clients", "1"));
        List<String> batches = batches(Path.of(options.get("--file")), Integer.parseInt(options.get("--batch")));
        int clients = Integer.parseInt(options.get("--clients"));
        PortfolioApi api = FreshnessBenchmark.api(options);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        long beganAt = System.currentTimeMillis();
        long began = System.nanoTime();
        List<Future<Long>> importers = new ArrayList<>();
        long created = 0;
        try {
            for (int client = 0; client < clients; client++) {
                importers.add(pool.submit(() -> importUntilDone(api, batches, next)));
            }
            for (Future<Long> importer : importers) {
                created += importer.get();
            }
        } finally {
            pool.shutdownNow(); // a failed batch stops the others, and the program
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("import rows=%d batches=%d clients=%d seconds=%.2f rows_per_second=%.0f began_at_ms=%d%n",
                created, batches.size(), clients, seconds, created / seconds, beganAt);
    }

    /** The file's lines after its header, as CSV bodies of at most {@code size} rows, each with the header. */
    private static List<String> batches(Path file, int size) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> batches = new ArrayList<>();
        for (int from = 1; from < lines.size(); from += size) {
            batches.add(lines.get(0) + "\n"
                    + String.join("\n", lines.subList(from, Math.min(from + size, lines.size()))) + "\n");
        }
        return batches;
    }

    /** One client's loop: the next batch nobody took yet, until none is left; the rows it created. */
    private static long importUntilDone(PortfolioApi api, List<String> batches, AtomicInteger next) throws IOException {
        long created = 0;
        for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
            PortfolioApi.Response answer = api.importTransactions(batches.get(i), BATCH_TIMEOUT);
            JsonNode totals = answer.status() == 200 ? PortfolioApi.JSON.readTree(answer.body()).get("totals") : null;
            if (totals == null || totals.get("created").asLong() != totals.get("rows").asLong()) {
                throw new IllegalStateException("batch " + i + " not created whole: " + answer.status() + " "
                        + answer.body().substring(0, Math.min(2_000, answer.body().length())));
            }
            created += totals.get("created").asLong();
        }
        return created;
    }
}
