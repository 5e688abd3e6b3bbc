package org.itu.bdt.portfolio.kit.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CloudEvents 1.0 binary-mode envelope, written and read by the SDK, through a real topic. */
class EnvelopeTest {

    private static final KafkaBrokerResource BROKER = new KafkaBrokerResource();
    private static final String TOPIC = "portfolio.funding.v1";
    private static final Instant OCCURRED_AT = Instant.parse("2024-03-05T10:15:30.123456Z");
    private static final String PAYLOAD = "{\"agreementNumber\":\"A-2024-017\",\"partner\":\"Ministère des Postes\"}";

    @BeforeAll
    static void startBroker() {
        BROKER.init(Map.of(KafkaBrokerResource.TOPICS, TOPIC + ":3"));
        BROKER.start();
    }

    @AfterAll
    static void stopBroker() {
        BROKER.stop();
    }

    @Test
    void eventRoundTripsThroughARealTopicWithTheHeaderNamesTheConsumersRead() throws Exception {
        UUID id = UUID.randomUUID();
        var event = new PendingEvent(id, TOPIC, "9RAF24107", EventTypes.PREFIX + "AgreementSigned", PAYLOAD,
                OCCURRED_AT);
        try (Producer<String, byte[]> producer = TestOutbox.producer(BROKER.bootstrapServers(), Map.of())) {
            producer.send(event.toRecord("/bdt/funding-service")).get();
        }

        ConsumerRecord<String, String> received;
        try (var reader = new TopicReader(BROKER.bootstrapServers(), TOPIC)) {
            received = reader.atLeast(1).get(0);
        }

        assertThat(received.key()).isEqualTo("9RAF24107");
        assertThat(received.value()).isEqualTo(PAYLOAD);
        assertThat(headers(received)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ce_specversion", "1.0",
                "ce_id", id.toString(),
                "ce_type", "int.itu.bdt.portfolio.AgreementSigned",
                "ce_source", "/bdt/funding-service",
                "ce_time", "2024-03-05T10:15:30.123456Z",
                "ce_subject", "9RAF24107",
                "content-type", "application/json"));
        assertThat(IncomingEvent.of(received.headers(), received.value())).isEqualTo(new IncomingEvent(id,
                "int.itu.bdt.portfolio.AgreementSigned", "/bdt/funding-service", OCCURRED_AT, "9RAF24107", PAYLOAD));
    }

    @Test
    void incomingEventCanonicalisesALegacyBareType() {
        var headers = legacyHeaders(UUID.randomUUID().toString());

        IncomingEvent event = IncomingEvent.of(headers, PAYLOAD.getBytes(UTF_8));

        assertThat(event.type()).isEqualTo(EventTypes.PREFIX + "AgreementSigned");
        assertThat(event.time()).isEqualTo(Instant.parse("2024-03-05T10:15:30.123Z"));
        assertThat(event.data()).isEqualTo(PAYLOAD);
    }

    @Test
    void anIdThatIsNotAUuidIsMalformed() {
        assertThatThrownBy(() -> IncomingEvent.of(legacyHeaders("event-17"), PAYLOAD))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("event-17");
    }

    @Test
    void aMissingRequiredAttributeIsMalformed() {
        var headers = legacyHeaders(UUID.randomUUID().toString());
        headers.remove("ce_type");

        assertThatThrownBy(() -> IncomingEvent.of(headers, PAYLOAD)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void recordWithoutCloudEventsHeadersIsMalformed() {
        assertThatThrownBy(() -> IncomingEvent.of(new RecordHeaders(), PAYLOAD))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void anUnreadableTimeIsMalformed() {
        var headers = legacyHeaders(UUID.randomUUID().toString());
        headers.remove("ce_time");
        headers.add("ce_time", "yesterday".getBytes(UTF_8));

        assertThatThrownBy(() -> IncomingEvent.of(headers, PAYLOAD)).isInstanceOf(MalformedEventException.class);
    }

    /** The headers the services wrote by hand before the kit, with a bare type. */
    private static RecordHeaders legacyHeaders(String id) {
        var headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(UTF_8));
        headers.add("ce_id", id.getBytes(UTF_8));
        headers.add("ce_type", "AgreementSigned".getBytes(UTF_8));
        headers.add("ce_source", "/bdt/funding-service".getBytes(UTF_8));
        headers.add("ce_time", "2024-03-05T10:15:30.123Z".getBytes(UTF_8));
        headers.add("ce_subject", "9RAF24107".getBytes(UTF_8));
        headers.add("content-type", "application/json".getBytes(UTF_8));
        return headers;
    }

    private static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        return Arrays.stream(record.headers().toArray())
                .collect(java.util.stream.Collectors.toMap(Header::key, header -> new String(header.value(), UTF_8)));
    }
}
