package org.itu.bdt.portfolio.kit.messaging;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The relay against a real PostgreSQL database and a real in-process Kafka broker. */
class OutboxRelayTest {

    private static final KafkaBrokerResource BROKER = new KafkaBrokerResource();
    private static TestOutbox outbox;

    private final List<AutoCloseable> opened = new ArrayList<>();
    private String topic;

    @BeforeAll
    static void startBrokerAndDatabase() throws Exception {
        BROKER.init(Map.of());
        BROKER.start();
        outbox = TestOutbox.create("messaging_kit_test");
    }

    @AfterAll
    static void stopBroker() {
        BROKER.stop();
    }

    @BeforeEach
    void emptyOutboxAndOwnTopic(TestInfo test) throws Exception {
        outbox.execute("truncate outbox_event restart identity");
        topic = "relay." + test.getTestMethod().orElseThrow().getName();
        TestOutbox.createTopic(BROKER.bootstrapServers(), topic, 3);
    }

    @AfterEach
    void closeRelaysAndProducers() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void relayPublishesRowsInPositionOrder() throws Exception {
        List<UUID> appended = appendEvents(20, "9RAF24107");

        OutboxRelay relay = relay(Map.of());
        relay.run();

        assertThat(outbox.published()).containsExactlyElementsOf(appended);
        assertThat(outbox.unpublished()).isEmpty();
        assertThat(relay.pending()).hasValue(0);
        try (var reader = new TopicReader(BROKER.bootstrapServers(), topic)) {
            assertThat(reader.atLeast(20)).extracting(record -> IncomingEvent.of(record.headers(), record.value()).id())
                    .containsExactlyElementsOf(appended);
        }
    }

    /** Outbox rows were kept for ever (issue 12): the relay deletes those published longer ago than the retention. */
    @Test
    void relayDeletesRowsPublishedLongerAgoThanTheRetentionAndKeepsTheRest() throws Exception {
        List<UUID> old = appendEvents(3, "9RAF24107");
        OutboxRelay first = relay(Map.of(), TestOutbox.settings(Duration.ofHours(1)));
        first.run();
        assertThat(outbox.published()).containsExactlyElementsOf(old);
        first.close();
        outbox.execute("update outbox_event set published_at = published_at - interval '2 hours'");
        List<UUID> recent = appendEvents(2, "9RAF24107");

        OutboxRelay second = relay(Map.of(), TestOutbox.settings(Duration.ofHours(1)));
        second.run();

        assertThat(second.holdsLock()).isTrue();
        assertThat(outbox.published()).containsExactlyElementsOf(recent);
        assertThat(outbox.unpublished()).isEmpty();
    }

    @Test
    void aRetentionOfZeroKeepsEveryPublishedRow() throws Exception {
        List<UUID> appended = appendEvents(2, "9RAF24107");
        OutboxRelay first = relay(Map.of());
        first.run();
        first.close();
        outbox.execute("update outbox_event set published_at = published_at - interval '3650 days'");

        OutboxRelay second = relay(Map.of());
        second.run();

        assertThat(second.holdsLock()).isTrue();
        assertThat(outbox.published()).containsExactlyElementsOf(appended);
    }

    @Test
    void relayMarksOnlyTheAcknowledgedPrefixPublished() throws Exception {
        List<UUID> first = appendEvents(2, "9RAF24107");
        UUID tooLarge = outbox.append(topic, "9RAF24107", "ProjectRegistered", "\"" + "x".repeat(20_000) + "\"");
        List<UUID> later = appendEvents(2, "9RAF24107");

        OutboxRelay relay = relay(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10_000));
        relay.run();

        assertThat(outbox.published()).containsExactlyElementsOf(first);
        assertThat(outbox.unpublished()).containsExactly(tooLarge, later.get(0), later.get(1));
        assertThat(relay.pending()).hasValue(3);
    }

    @Test
    void relayWithTheBrokerDownHoldsNoTransactionOpenLosesNoRowAndPublishesAllOnceItIsBack() throws Exception {
        OutboxRelay relay = relay(Map.of());
        relay.start();
        List<UUID> appended = new ArrayList<>(appendEvents(1, "9RAF24107"));
        relay.wake();
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox.unpublished().isEmpty());
        assertThat(relay.failingSince()).isEmpty();

        BROKER.stopBroker();
        appended.addAll(appendEvents(5, "9RAF24107"));
        relay.wake();
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() ->
                outbox.idleInTransaction() == 0 && outbox.unpublished().size() == 5);
        assertThat(relay.failingSince()).hasValueSatisfying(since -> assertThat(since).isBefore(Instant.now()));

        BROKER.restartBroker();
        await().atMost(Duration.ofSeconds(60)).until(() -> outbox.unpublished().isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.failingSince().isEmpty());
        assertThat(outbox.published()).containsExactlyElementsOf(appended);
        try (var reader = new TopicReader(BROKER.bootstrapServers(), topic)) {
            // a send that timed out on the client may still have reached the broker: delivery is at least once,
            // and the consumers' inbox drops the copies; the first copies keep the outbox order
            List<UUID> firstCopies = reader.atLeast(6).stream()
                    .map(record -> IncomingEvent.of(record.headers(), record.value()).id()).distinct().toList();
            assertThat(firstCopies).containsExactlyElementsOf(appended);
        }
    }

    @Test
    void twoRelaysOnOneDatabaseNeverBothPublish() throws Exception {
        OutboxRelay first = relay(Map.of());
        OutboxRelay second = relay(Map.of());
        List<UUID> appended = new ArrayList<>(appendEvents(3, "9RAF24107"));
        first.run();

        appended.addAll(appendEvents(3, "9RAF24107"));
        second.run();
        assertThat(second.holdsLock()).isFalse();
        assertThat(outbox.unpublished()).containsExactlyElementsOf(appended.subList(3, 6));

        first.run();
        assertThat(outbox.published()).containsExactlyElementsOf(appended);
        try (var reader = new TopicReader(BROKER.bootstrapServers(), topic)) {
            assertThat(reader.atLeast(6)).extracting(record -> IncomingEvent.of(record.headers(), record.value()).id())
                    .containsExactlyElementsOf(appended);
        }
    }

    @Test
    void anotherRelayTakesOverWhenTheLockConnectionDies() throws Exception {
        OutboxRelay first = relay(Map.of());
        OutboxRelay second = relay(Map.of());
        first.run();
        assertThat(second.holdsLock()).isFalse();

        assertThat(outbox.killLockSession()).isEqualTo(1);
        List<UUID> appended = appendEvents(2, "9RAF24107");
        second.run();

        assertThat(second.holdsLock()).isTrue();
        assertThat(first.holdsLock()).isFalse();
        assertThat(outbox.published()).containsExactlyElementsOf(appended);
    }

    private List<UUID> appendEvents(int count, String key) {
        return IntStream.range(0, count).mapToObj(n -> {
            try {
                return outbox.append(topic, key, "ProjectRegistered", "{\"n\":" + n + "}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private OutboxRelay relay(Map<String, Object> producerSettings) {
        return relay(producerSettings, TestOutbox.settings());
    }

    private OutboxRelay relay(Map<String, Object> producerSettings, OutboxRelay.Settings settings) {
        DataSource dataSource = outbox.dataSource();
        OutboxRelay relay = new OutboxRelay(dataSource,
                () -> TestOutbox.producer(BROKER.bootstrapServers(), producerSettings), settings);
        opened.add(relay);
        return relay;
    }
}
