package org.itu.bdt.portfolio.funding;

import io.quarkus.arc.Arc;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.itu.bdt.portfolio.kit.contract.EventContract;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Reads portfolio.funding.v1 from the moment it is opened, like a new consumer would. */
public final class FundingTopic implements AutoCloseable {
    public static final String NAME = "portfolio.funding.v1";

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    private FundingTopic(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    /**
     * Opens at the end of every partition once every event already committed is on the topic: the relay publishes
     * after the commit, and on a busy machine an event of the test's last request could otherwise come after the
     * opening and count as one of what the test does next.
     */
    public static FundingTopic tail() {
        Tables tables = new Tables(Arc.container().instance(DataSource.class).get());
        await().atMost(Duration.ofSeconds(15))
                .until(() -> tables.count("outbox_event where published_at is null") == 0);
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        List<TopicPartition> partitions = consumer.partitionsFor(NAME).stream()
                .map(info -> new TopicPartition(NAME, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return new FundingTopic(consumer);
    }

    /** Waits for the first record since opening that matches, and returns it. */
    public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> wanted) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(received::add);
            return received.stream().anyMatch(wanted);
        });
        return received.stream().filter(wanted).findFirst().orElseThrow();
    }

    /** Waits until {@code count} matching records arrived since opening, and returns them in order. */
    public List<ConsumerRecord<String, String>> awaitRecords(int count,
                                                             Predicate<ConsumerRecord<String, String>> wanted) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(received::add);
            return received.stream().filter(wanted).count() >= count;
        });
        return received.stream().filter(wanted).toList();
    }

    /** Waits until the records received since opening are complete, and returns them all in order. */
    public List<ConsumerRecord<String, String>> awaitUntil(Predicate<List<ConsumerRecord<String, String>>> complete) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(received::add);
            return complete.test(received);
        });
        return List.copyOf(received);
    }

    public static Predicate<ConsumerRecord<String, String>> signed(String agreementNumber) {
        return record -> "int.itu.bdt.portfolio.AgreementSigned".equals(header(record, "ce_type"))
                && record.value().startsWith("{\"agreementNumber\":\"" + agreementNumber + "\",");
    }

    public static Predicate<ConsumerRecord<String, String>> amended(String amendmentId) {
        return record -> "int.itu.bdt.portfolio.AgreementAmended".equals(header(record, "ce_type"))
                && record.value().startsWith("{\"amendmentId\":\"" + amendmentId + "\",");
    }

    public static Predicate<ConsumerRecord<String, String>> ratePublished(String currency) {
        return record -> "int.itu.bdt.portfolio.ExchangeRatePublished".equals(header(record, "ce_type"))
                && currency.equals(record.key());
    }

    public static Predicate<ConsumerRecord<String, String>> keyedBy(String projectNumber) {
        return record -> projectNumber.equals(record.key());
    }

    /** The ce_type of each event name, as producers write it: under the reverse-DNS prefix. */
    public static String[] types(String... names) {
        return Arrays.stream(names).map(name -> EventContract.TYPE_PREFIX + name).toArray(String[]::new);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
