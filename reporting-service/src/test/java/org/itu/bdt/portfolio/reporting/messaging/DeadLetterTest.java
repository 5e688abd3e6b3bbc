package org.itu.bdt.portfolio.reporting.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.itu.bdt.portfolio.kit.contract.EventContract;
import org.itu.bdt.portfolio.kit.messaging.MalformedEventException;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.itu.bdt.portfolio.reporting.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.reporting.TestInfrastructure.FUNDING_TOPIC;
import static org.itu.bdt.portfolio.reporting.TestInfrastructure.PROJECTS_TOPIC;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.typed;

@QuarkusTest
class DeadLetterTest {

    @Inject
    ReadModelTables tables;

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    @Test
    void recordsThatCanNeverBeAppliedGoToTheDeadLetterTopicWithoutBlockingTheirPartition() {
        UUID unreadableId = UUID.randomUUID();
        String unreadable = "{\"projectNumber\":\"9RAF24199\",\"region\":";
        readModel.producer().sendRaw(PROJECTS_TOPIC, "9RAF24199", unreadable, Map.of(
                "ce_specversion", "1.0", "ce_id", unreadableId.toString(), "ce_type", typed("ProjectRegistered"),
                "ce_source", "/bdt/project-service", "ce_time", "2024-03-12T10:00:00.000000Z",
                "ce_subject", "9RAF24199", "content-type", "application/json"));
        PortfolioEvent anonymous = agreementSigned("9RAF24199-01", "9RAF24199", "PARTNER", "1000.00", "2024-03-12");
        readModel.producer().sendRaw(FUNDING_TOPIC, "9RAF24199", anonymous.data(), Map.of(
                "ce_specversion", "1.0", "ce_type", "AgreementSigned", "ce_source", "/bdt/funding-service"));
        PortfolioEvent untimely = agreementSigned("9RAF24199-03", "9RAF24199", "PARTNER", "3000.00", "2024-03-12");
        readModel.producer().sendRaw(FUNDING_TOPIC, "9RAF24199", untimely.data(), Map.of(
                "ce_specversion", "1.0", "ce_id", untimely.id().toString(), "ce_type", untimely.type(),
                "ce_source", "/bdt/funding-service", "ce_time", "yesterday", "ce_subject", "9RAF24199",
                "content-type", "application/json"));
        PortfolioEvent project = projectRegistered("9RAF24199", "AFRICA", "ONGOING", "2024-03-12", null);
        PortfolioEvent agreement = agreementSigned("9RAF24199-02", "9RAF24199", "ITU", "250.00", "2024-03-12");
        readModel.producer().send(project, agreement);

        Set<UUID> applied = Set.of(project.id(), agreement.id());
        await().atMost(Duration.ofSeconds(30)).until(() -> tables.consumedOf(applied) == 2);
        assertThat(tables.consumedOf(Set.of(unreadableId, untimely.id()))).isZero();
        given().queryParam("asOf", "2024-12-31").get("/api/reports/portfolio-by-region").then()
                .statusCode(200)
                .body("regions[0].projects", equalTo(1))
                .body("regions[0].partnerFunding", equalTo(0.0f))
                .body("regions[0].ituFunding", equalTo(250.0f));

        List<ConsumerRecord<String, String>> deadLetters = deadLettersOf("9RAF24199", 3);
        assertThat(deadLetters).extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrder(unreadable, anonymous.data(), untimely.data());
        assertThat(deadLetters).allSatisfy(record -> assertThat(record.key()).isEqualTo("9RAF24199"));
        assertThat(deadLetters).extracting(record -> header(record, "dead-letter-reason"))
                .anySatisfy(reason -> assertThat(reason).contains("not a CloudEvent").contains("id"))
                .anySatisfy(reason -> assertThat(reason).contains("ProjectSnapshot"))
                .anySatisfy(reason -> assertThat(reason).contains("not a CloudEvent").contains("yesterday"));
        assertThat(deadLetters).extracting(record -> header(record, "dead-letter-exception-class-name"))
                .containsOnly(MalformedEventException.class.getName());
        EventContract contract = EventContract.load();
        assertThat(deadLetters).allSatisfy(contract::assertConforms);
    }

    @Test
    void aRecordThatFailsItsBatchIsDeadLetteredAloneAndTheRecordsAroundItAreApplied() {
        readModel.apply(projectRegistered("9RAF24197", "AFRICA", "ONGOING", "2024-03-12", null),
                agreementSigned("9RAF24197-01", "9RAF24197", "PARTNER", "1000.00", "2024-03-12"));
        PortfolioEvent project = projectRegistered("9RAF24198", "AFRICA", "ONGOING", "2024-03-12", null);
        PortfolioEvent before = agreementSigned("9RAF24198-01", "9RAF24198", "PARTNER", "200.00", "2024-03-12");
        PortfolioEvent taken = agreementSigned("9RAF24197-01", "9RAF24198", "PARTNER", "999.00", "2024-03-12");
        PortfolioEvent after = agreementSigned("9RAF24198-02", "9RAF24198", "ITU", "30.00", "2024-03-12");

        readModel.producer().send(project, before, taken, after);

        Set<UUID> applied = Set.of(project.id(), before.id(), after.id());
        await().atMost(Duration.ofSeconds(30)).until(() -> tables.consumedOf(applied) == 3);
        assertThat(tables.consumedOf(Set.of(taken.id()))).isZero();
        given().queryParam("asOf", "2024-12-31").get("/api/reports/portfolio-by-region").then()
                .statusCode(200)
                .body("regions[0].projects", equalTo(2))
                .body("regions[0].partnerFunding", equalTo(1200.0f))
                .body("regions[0].ituFunding", equalTo(30.0f));
        assertThat(deadLettersOf("9RAF24198", 1)).extracting(ConsumerRecord::value).containsExactly(taken.data());
    }

    /** The dead letters of one project (the record key), once at least {@code count} of them arrived. */
    private static List<ConsumerRecord<String, String>> deadLettersOf(String projectNumber, int count) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TestInfrastructure.DEAD_LETTER_TOPIC));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (projectNumber.equals(record.key())) {
                        received.add(record);
                    }
                });
                return received.size() >= count;
            });
        }
        return received;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
