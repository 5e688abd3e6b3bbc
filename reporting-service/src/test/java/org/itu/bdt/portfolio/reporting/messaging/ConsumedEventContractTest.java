package org.itu.bdt.portfolio.reporting.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.itu.bdt.portfolio.kit.contract.EventContract;
import org.itu.bdt.portfolio.kit.contract.EventContract.Example;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.itu.bdt.portfolio.reporting.TestInfrastructure.DEAD_LETTER_TOPIC;
import static org.itu.bdt.portfolio.reporting.TestInfrastructure.FUNDING_TOPIC;
import static org.itu.bdt.portfolio.reporting.TestInfrastructure.PROJECTS_TOPIC;

/**
 * The consumer side of docs/asyncapi.yaml: every example of both consumed topics, sent through the real topic with a
 * fresh ce_id (and once more as a legacy record with the bare type name), is consumed (recorded in the inbox), never
 * dead-lettered, and changes exactly the fact table its type feeds; the types reporting-service ignores change none.
 * So does each example with every bounded text field at its maxLength: the read model's columns fit the contract.
 * A message added to the document without a decision here fails {@link #everyMessageOfTheConsumedTopicsHasAnEffect}.
 */
@QuarkusTest
class ConsumedEventContractTest {

    private static final EventContract CONTRACT = EventContract.load();
    /** The fact table each message of the consumed topics feeds; an empty string for the ones ignored. */
    private static final Map<String, String> EFFECTS = Map.ofEntries(
            Map.entry("ProjectRegistered", "project_fact"),
            Map.entry("ProjectUpdated", "project_fact"),
            Map.entry("ProjectStatusChanged", "status_change_fact"),
            Map.entry("PartnerReportDue", "partner_report_fact"),
            Map.entry("PartnerReportOverdue", "partner_report_fact"),
            Map.entry("PartnerReportSubmitted", "partner_report_fact"),
            Map.entry("PartnerReportSent", ""),
            Map.entry("PartnerReportAcknowledged", ""),
            Map.entry("PartnerReportScheduled", "report_schedule_fact"),
            Map.entry("BoardDecisionRecorded", "board_action_fact"),
            Map.entry("BoardActionChanged", "board_action_fact"),
            Map.entry("PartnerRegistered", "partner_fact"),
            Map.entry("PartnerUpdated", "partner_fact"),
            Map.entry("AgreementSigned", "agreement_fact"),
            Map.entry("AgreementAmended", "amendment_fact"),
            Map.entry("AgreementCancelled", "cancellation_fact"),
            Map.entry("InstalmentReceived", "instalment_fact"),
            Map.entry("ExchangeRatePublished", ""),
            Map.entry("TransactionRecorded", ""),
            Map.entry("YearEndBalanceRecorded", ""),
            Map.entry("IctDfTransferReceived", ""),
            Map.entry("IctDfAllocated", ""));
    private static final Set<UUID> SENT = new HashSet<>();

    @Inject
    ReadModelTables tables;

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    static Stream<Arguments> everyExample() {
        return Stream.of(PROJECTS_TOPIC, FUNDING_TOPIC).flatMap(topic -> CONTRACT.examples(topic).stream())
                .map(example -> Arguments.of(example.message() + " " + example.name(), example));
    }

    @Test
    void everyMessageOfTheConsumedTopicsHasAnEffect() {
        Stream.of(PROJECTS_TOPIC, FUNDING_TOPIC).flatMap(topic -> CONTRACT.examples(topic).stream())
                .forEach(example -> assertThat(EFFECTS).as("the effect of %s", example.message())
                        .containsKey(example.message()));
        assertThat(CONTRACT.types(PROJECTS_TOPIC).size() + CONTRACT.types(FUNDING_TOPIC).size())
                .isEqualTo(EFFECTS.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyExample")
    void everyExampleIsConsumedWithItsEffect(String name, Example example) {
        replay(example);
    }

    @ParameterizedTest(name = "{0} (legacy bare type)")
    @MethodSource("everyExample")
    void everyExampleWithTheLegacyBareTypeIsConsumedTheSameWay(String name, Example example) {
        Example legacy = example.withLegacyType();
        assertThat(legacy.type()).doesNotContain(".");

        replay(legacy);
    }

    /** The consumer's columns hold whatever the contract lets a producer send: reference of 100, reason of 500... */
    @ParameterizedTest(name = "{0} (longest text)")
    @MethodSource("everyExample")
    void everyExampleWithItsTextFieldsAtTheirLongestIsConsumedTheSameWay(String name, Example example) {
        replay(CONTRACT.withLongestText(example));
    }

    /** After every replay: none of the records sent went to the dead-letter topic. */
    @AfterAll
    static void noReplayedExampleWasDeadLettered() {
        List<String> deadLetteredIds = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(DEAD_LETTER_TOPIC).stream()
                    .map(partition -> new TopicPartition(DEAD_LETTER_TOPIC, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    deadLetteredIds.add(EventContract.headersOf(record.headers()).get("ce_id"));
                }
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
            });
        }
        assertThat(SENT).isNotEmpty();
        assertThat(deadLetteredIds).doesNotContainAnyElementsOf(SENT.stream().map(UUID::toString).toList());
    }

    private void replay(Example example) {
        UUID id = UUID.randomUUID();
        Example fresh = example.withHeaders(Map.of("ce_id", id.toString()));
        SENT.add(id);
        readModel.producer().sendRaw(fresh.topic(), fresh.key(), fresh.payload(), fresh.headers());

        await().atMost(Duration.ofSeconds(30)).until(() -> tables.consumedOf(Set.of(id)) == 1);
        String table = EFFECTS.get(example.message());
        assertThat(table).as("the effect of %s", example.message()).isNotNull();
        for (String factTable : ReadModelTables.FACT_TABLES) {
            assertThat(tables.rows(factTable)).as("%s rows after %s", factTable, example.name())
                    .isEqualTo(factTable.equals(table) ? 1 : 0);
        }
        if (example.message().equals("InstalmentReceived")) {
            assertThat(tables.instalmentChf(example.payloadTree().get("reference").asText()))
                    .isEqualByComparingTo(new BigDecimal(example.payloadTree().get("chfAmount").asText()));
        }
    }
}
