package org.itu.bdt.portfolio.tools.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One project's history: the time from an agreement's acceptance to its arrival in Figure 1, for projects that already
 * hold 10, 1,000 or 10,000 agreements. The smallest history is the baseline: a long programme's next instalment
 * should cost what a new project's does. The histories are signed first, over the past ten years, by several
 * clients; the measured agreements are then signed one at a time, in turns across the projects, so that the
 * machine's noise falls on every size alike.
 */
public final class HistoryBenchmark {

    private final BenchmarkProjects projects;
    private final int clients;

    private HistoryBenchmark(BenchmarkProjects projects, int clients) {
        this.projects = projects;
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = FreshnessBenchmark.options(args,
                Map.of("--histories", "10,1000,10000", "--agreements", "50", "--clients", "4"));
        int[] histories = Arrays.stream(options.get("--histories").split(",")).mapToInt(Integer::parseInt).toArray();
        var benchmark = new HistoryBenchmark(new BenchmarkProjects(FreshnessBenchmark.api(options)),
                Integer.parseInt(options.get("--clients")));
        // --projects measures the projects of an earlier run again (same order as --histories), without loading
        List<String> numbers = options.containsKey("--projects") ? List.of(options.get("--projects").split(","))
                : benchmark.load(histories);
        long[][] micros = benchmark.measure(numbers, Integer.parseInt(options.get("--agreements")));
        Percentiles baseline = Percentiles.of(micros[0]);
        for (int i = 0; i < histories.length; i++) {
            Percentiles figures = Percentiles.of(micros[i]);
            System.out.printf("history agreements=%d measured=%d %s ratio_p50=%.2f ratio_p99=%.2f%n", histories[i],
                    micros[i].length, figures, figures.millis(50) / baseline.millis(50),
                    figures.millis(99) / baseline.millis(99));
        }
    }

    /** Registers a project per history and signs its agreements; returns once the reports show them all. */
    private List<String> load(int[] histories) throws Exception {
        LocalDate start = LocalDate.now().minusYears(10);
        List<String> numbers = projects.register("Benchmark of a project's history", start, histories.length);
        BigDecimal expected = projects.partnerFunding();
        long began = System.nanoTime();
        ExecutorService signers = Executors.newFixedThreadPool(clients);
        List<Future<?>> signed = new ArrayList<>();
        for (int p = 0; p < histories.length; p++) {
            String number = numbers.get(p);
            int history = histories[p];
            for (int i = 0; i < history; i++) {
                LocalDate signedOn = start.plusDays(i * 3_650L / history);
                signed.add(signers.submit(() -> projects.sign(number, signedOn)));
            }
            expected = expected.add(BenchmarkProjects.AMOUNT.multiply(BigDecimal.valueOf(history)));
        }
        for (Future<?> agreement : signed) {
            agreement.get();
        }
        signers.shutdown();
        projects.awaitPartnerFunding(expected);
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("history loaded agreements=%d seconds=%.1f per_second=%.0f%n", signed.size(), seconds,
                signed.size() / seconds);
        return numbers;
    }

    private long[][] measure(List<String> numbers, int agreements) throws InterruptedException {
        long[][] micros = new long[numbers.size()][agreements];
        for (int round = 0; round < agreements; round++) {
            for (int p = 0; p < numbers.size(); p++) {
                micros[p][round] = projects.signAndAwait(numbers.get(p));
            }
        }
        return micros;
    }
}
