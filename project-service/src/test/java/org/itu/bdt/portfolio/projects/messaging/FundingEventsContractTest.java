package org.itu.bdt.portfolio.projects.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.kit.contract.EventContract;
import org.itu.bdt.portfolio.kit.contract.EventContract.Example;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer side of docs/asyncapi.yaml: every example of portfolio.funding.v1 is replayed through the real topic
 * with a fresh ce_id, and once more with its legacy bare ce_type. AgreementSigned records the agreement (and a
 * partner's reporting schedule), AgreementCancelled cancels it; every other type is consumed without effect and
 * without a dead letter. A payload the document changes without the consumer (or the reverse) fails here.
 */
@QuarkusTest
class FundingEventsContractTest {

    private static final String FUNDING = "portfolio.funding.v1";
    private static final String DEAD_LETTERS = "portfolio.projects.dlq";
    private static final String GROUP = "project-service";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final EventContract contract = EventContract.load();

    @Inject
    DatabaseRows rows;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void openProducer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void everyAgreementSignedExampleRecordsItsAgreementWithThePrefixedAndTheLegacyType() {
        List<Example> signed = examplesOf("AgreementSigned");
        assertThat(signed).isNotEmpty();
        for (Example example : signed) {
            replay(example);
            awaitAgreementOf(example);
            replay(renumbered(example.withLegacyType(), "-91"));
            awaitAgreementOf(renumbered(example, "-91"));
            Example longest = renumbered(contract.withLongestText(example), "-93");
            replay(longest);
            awaitAgreementOf(longest);
        }
    }

    @Test
    void everyAgreementCancelledExampleCancelsItsAgreementWithThePrefixedAndTheLegacyType() {
        List<Example> cancelled = examplesOf("AgreementCancelled");
        assertThat(cancelled).isNotEmpty();
        Example signature = examplesOf("AgreementSigned").get(0);
        for (Example example : cancelled) {
            for (Example replayed : List.of(example, renumbered(example.withLegacyType(), "-92"))) {
                replay(signatureFor(signature, replayed));
                awaitAgreementOf(replayed);
                replay(replayed);
                String agreementNumber = replayed.payloadTree().get("agreementNumber").asText();
                LocalDate cancelledOn = LocalDate.parse(replayed.payloadTree().get("cancelledOn").asText());
                await().atMost(PATIENCE).untilAsserted(() ->
                        assertThat(rows.agreementCancelledOn(agreementNumber)).isEqualTo(cancelledOn));
            }
        }
    }

    @Test
    void everyOtherFundingExampleIsConsumedWithoutEffectAndWithoutADeadLetter() throws Exception {
        List<Example> ignored = contract.examples(FUNDING).stream()
                .filter(example -> !Set.of("AgreementSigned", "AgreementCancelled").contains(example.message()))
                .toList();
        assertThat(ignored).extracting(Example::message).as("the funding types project-service ignores")
                .containsOnly("PartnerRegistered", "PartnerUpdated", "AgreementAmended",
                        "InstalmentReceived", "ExchangeRatePublished", "TransactionRecorded",
                        "YearEndBalanceRecorded", "IctDfTransferReceived", "IctDfAllocated");
        awaitEverythingConsumed();
        long agreements = rows.agreements();
        long outboxEvents = rows.outboxEvents();

        List<String> ids = new ArrayList<>();
        for (Example example : ignored) {
            ids.add(replay(example));
            ids.add(replay(example.withLegacyType()));
        }
        awaitEverythingConsumed();

        assertThat(rows.agreements()).isEqualTo(agreements);
        assertThat(rows.outboxEvents()).isEqualTo(outboxEvents);
        assertThat(deadLetterIds()).doesNotContainAnyElementsOf(ids);
    }

    @Test
    void aSignatureWithoutItsProjectIsDeadLetteredAndTheRecordsAfterItStillApply() throws Exception {
        Example signature = examplesOf("AgreementSigned").get(0);
        ObjectNode withoutProject = (ObjectNode) signature.payloadTree();
        withoutProject.remove("projectNumber");
        Example after = renumbered(signature, "-77");

        String malformed = replay(renumbered(signature.withPayload(withoutProject.toString()), "-76"));
        replay(after);
        awaitEverythingConsumed();

        awaitAgreementOf(after);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetterIds()).contains(malformed));
    }

    private List<Example> examplesOf(String message) {
        return contract.examples(FUNDING).stream().filter(example -> example.message().equals(message)).toList();
    }

    /** Sends the example as funding-service would, with a fresh ce_id; returns the id. */
    private String replay(Example example) {
        String id = UUID.randomUUID().toString();
        Example fresh = example.withHeaders(Map.of("ce_id", id));
        ProducerRecord<String, String> record = new ProducerRecord<>(FUNDING, null, fresh.key(), fresh.payload(),
                fresh.kafkaHeaders());
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not replay " + example.name(), e);
        }
        return id;
    }

    /** The same example for another agreement of its project, so that a second replay has an effect of its own. */
    private static Example renumbered(Example example, String suffix) {
        ObjectNode payload = (ObjectNode) example.payloadTree();
        String agreementNumber = payload.get("agreementNumber").asText();
        payload.put("agreementNumber", agreementNumber.substring(0, agreementNumber.lastIndexOf('-')) + suffix);
        return example.withPayload(payload.toString());
    }

    /** An AgreementSigned example turned into the signature of the agreement a cancellation names. */
    private static Example signatureFor(Example signature, Example cancellation) {
        ObjectNode payload = (ObjectNode) signature.payloadTree();
        payload.put("agreementNumber", cancellation.payloadTree().get("agreementNumber").asText());
        payload.put("projectNumber", cancellation.key());
        return signature.withHeaders(Map.of("ce_subject", cancellation.key())).withPayload(payload.toString());
    }

    private void awaitAgreementOf(Example example) {
        String agreementNumber = example.payloadTree().get("agreementNumber").asText();
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(rows.agreementRecorded(agreementNumber)).as(agreementNumber).isTrue());
        if (!example.payloadTree().path("partnerId").isNull()) {
            given().when().get("/api/partner-reports/schedules/" + agreementNumber).then().statusCode(200);
        }
    }

    /** The consumer group has committed the end of every partition of the funding topic. */
    private void awaitEverythingConsumed() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<TopicPartition> partitions = admin.describeTopics(List.of(FUNDING)).allTopicNames().get()
                    .get(FUNDING).partitions().stream()
                    .map(partition -> new TopicPartition(FUNDING, partition.partition()))
                    .collect(Collectors.toSet());
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
            await().atMost(PATIENCE).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                ends.forEach((partition, end) -> assertThat(end == 0 || committed.containsKey(partition)
                        && committed.get(partition).offset() >= end).as("%s consumed to %d", partition, end).isTrue());
            });
        }
    }

    private List<String> deadLetterIds() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(DEAD_LETTERS).stream()
                    .map(info -> new TopicPartition(DEAD_LETTERS, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<String> ids = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    ids.add(EventContract.headersOf(record.headers()).get("ce_id"));
                }
            }
            return ids;
        }
    }
}
