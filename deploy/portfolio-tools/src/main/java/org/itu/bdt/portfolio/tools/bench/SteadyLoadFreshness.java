package org.itu.bdt.portfolio.tools.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Freshness under a steady load: agreements signed at a fixed rate (an open loop: a slow answer does not slow the
 * next request) for a while, each measured from its acceptance to the moment Figure 1 holds as many benchmark
 * agreements as had been accepted with it. The events of different projects may be applied in another order than
 * they were accepted, so this is the freshness of the total, which is what a dashboard shows.
 */
public final class SteadyLoadFreshness {

    private final BenchmarkProjects projects;
    private final long[] acceptedAt;
    private final long[] visibleAt;
    private final AtomicInteger accepted = new AtomicInteger();

    private SteadyLoadFreshness(BenchmarkProjects projects, int agreements) {
        this.projects = projects;
        this.acceptedAt = new long[agreements + 1];
        this.visibleAt = new long[agreements + 1];
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = FreshnessBenchmark.options(args,
                Map.of("--rate", "100", "--seconds", "60", "--projects", "20", "--clients", "16"));
        int rate = Integer.parseInt(options.get("--rate"));
        int agreements = rate * Integer.parseInt(options.get("--seconds"));
        var projects = new BenchmarkProjects(FreshnessBenchmark.api(options));
        List<String> numbers = projects.register("Steady load benchmark project", LocalDate.now(),
                Integer.parseInt(options.get("--projects")));
        var benchmark = new SteadyLoadFreshness(projects, agreements);
        long began = System.nanoTime();
        benchmark.run(numbers, rate, agreements, Integer.parseInt(options.get("--clients")));
        double seconds = (System.nanoTime() - began) / 1e9;
        long[] micros = new long[agreements];
        for (int k = 1; k <= agreements; k++) {
            micros[k - 1] = Math.max(0, benchmark.visibleAt[k] - benchmark.acceptedAt[k]) / 1_000;
        }
        System.out.printf("freshness under load rate=%d agreements=%d achieved_per_second=%.1f %s%n", rate,
                agreements, agreements / seconds, Percentiles.of(micros));
    }

    private void run(List<String> numbers, int rate, int agreements, int clients) throws Exception {
        BigDecimal start = projects.partnerFunding();
        ExecutorService signers = Executors.newFixedThreadPool(clients);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        clock.scheduleAtFixedRate(() -> {
            int i = sent.getAndIncrement();
            if (i < agreements) {
                signers.submit(() -> sign(numbers.get(i % numbers.size())));
            }
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        watch(start, agreements);
        clock.shutdownNow();
        signers.shutdown();
        // also makes every acceptance time the signers wrote visible here
        signers.awaitTermination(1, TimeUnit.MINUTES);
    }

    private void sign(String projectNumber) {
        projects.sign(projectNumber, LocalDate.now());
        acceptedAt[accepted.incrementAndGet()] = System.nanoTime();
    }

    /** Polls Figure 1 and notes when the total first holds k benchmark agreements, for every k. */
    private void watch(BigDecimal start, int agreements) throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        int seen = 0;
        while (seen < agreements) {
            int applied = projects.partnerFunding().subtract(start)
                    .divide(BenchmarkProjects.AMOUNT, 0, RoundingMode.DOWN).intValue();
            long now = System.nanoTime();
            for (int k = seen + 1; k <= Math.min(applied, agreements); k++) {
                visibleAt[k] = now;
            }
            seen = Math.max(seen, Math.min(applied, agreements));
            if (now > deadline) {
                throw new IllegalStateException("only " + seen + " of " + agreements + " visible after 10 min, "
                        + accepted.get() + " accepted");
            }
        }
    }
}
