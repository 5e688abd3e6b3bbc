package org.itu.bdt.portfolio.tools.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.itu.bdt.portfolio.tools.ReferencePortfolio;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads projects [--from, --projects) of the synthetic portfolio of --seed straight onto the two topics, as their
 * producing services would have published them, with a batching idempotent producer. The source services' databases
 * never hold these projects. Prints what it sent and Figure 1's totals that the loaded projects add on --as-of.
 */
public final class SyntheticLoad implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    private SyntheticLoad(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // throughput, not latency: full batches of a few hundred events per partition
        config.put(ProducerConfig.LINGER_MS_CONFIG, 50);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        this.producer = new KafkaProducer<>(config);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("--from", "0", "--seed", "1",
                "--bootstrap", "127.0.0.1:9092", "--data", "deploy/reference-data", "--as-of", "2024-12-31"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        ReferencePortfolio reference = ReferencePortfolio.read(Path.of(options.get("--data")));
        long seed = Long.parseLong(options.get("--seed"));
        int from = Integer.parseInt(options.get("--from"));
        int to = Integer.parseInt(options.get("--projects"));
        LocalDate asOf = LocalDate.parse(options.get("--as-of"));
        SyntheticPortfolio portfolio = SyntheticPortfolio.of(reference, seed);
        Figure1Totals added = new Figure1Totals();
        long started = System.nanoTime();
        try (SyntheticLoad load = new SyntheticLoad(options.get("--bootstrap"))) {
            if (from == 0) {
                load.send(SyntheticEvents.partners(reference.partners(), seed));
            }
            for (int i = from; i < to; i++) {
                SyntheticProject project = portfolio.project(i);
                added.add(project, asOf);
                load.send(SyntheticEvents.of(project, seed));
            }
            load.finish();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("synthetic seed=%d projects=%d..%d events=%d seconds=%.1f events_per_s=%.0f%n",
                    seed, from, to, load.sent.get(), seconds, load.sent.get() / seconds);
        }
        System.out.printf("expected asOf=%s projects=%d partner_chf=%s itu_chf=%s%n", asOf, added.projects,
                added.partner.toPlainString(), added.itu.toPlainString());
    }

    private void send(List<SyntheticEvent> events) {
        for (SyntheticEvent event : events) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.data());
            envelope(record.headers(), event);
            producer.send(record, (metadata, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                } else {
                    sent.incrementAndGet();
                }
            });
        }
    }

    /** CloudEvents 1.0 in binary mode, as docs/events.md has it. */
    private static void envelope(Headers headers, SyntheticEvent event) {
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.id().toString());
        header(headers, "ce_type", event.type());
        header(headers, "ce_source", event.source());
        header(headers, "ce_time", event.time());
        header(headers, "ce_subject", event.key());
        header(headers, "content-type", "application/json");
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void finish() throws Exception {
        producer.flush();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    /** What the loaded projects add to Figure 1's total line on a date. */
    private static final class Figure1Totals {
        private long projects;
        private BigDecimal partner = BigDecimal.ZERO;
        private BigDecimal itu = BigDecimal.ZERO;

        void add(SyntheticProject project, LocalDate asOf) {
            if (project.ongoingOn(asOf)) {
                projects++;
                partner = partner.add(project.partnerChfOn(asOf));
                itu = itu.add(project.ituChfOn(asOf));
            }
        }
    }
}
