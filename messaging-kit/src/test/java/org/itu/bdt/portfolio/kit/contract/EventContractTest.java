package org.itu.bdt.portfolio.kit.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.kit.contract.EventContract.Example;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real docs/asyncapi.yaml: complete, its examples conform, and the checker refuses what breaks it. */
class EventContractTest {

    private static final String PROJECTS = "portfolio.projects.v1";
    private static final String FUNDING = "portfolio.funding.v1";
    private static final String PROJECTS_DLQ = "portfolio.projects.dlq";
    private static final String REPORTING_DLQ = "portfolio.reporting.dlq";

    private static EventContract contract;

    @BeforeAll
    static void loadTheRealDocument() {
        contract = EventContract.load(EventContract.findDocument());
    }

    @Test
    void describesTheEventTopicsAndTheDeadLetterTopics() {
        assertThat(contract.topics()).containsExactly(PROJECTS, FUNDING, PROJECTS_DLQ, REPORTING_DLQ);
    }

    @Test
    void describesEveryTypeTheServicesPublishWithItsPrefix() {
        assertThat(contract.types(PROJECTS)).containsExactlyInAnyOrderElementsOf(prefixed(
                "ProjectRegistered", "ProjectUpdated", "ProjectStatusChanged", "PartnerReportDue",
                "PartnerReportOverdue", "PartnerReportSubmitted", "PartnerReportSent", "PartnerReportAcknowledged",
                "PartnerReportScheduled",
                "BoardDecisionRecorded", "BoardActionChanged"));
        assertThat(contract.types(FUNDING)).containsExactlyInAnyOrderElementsOf(prefixed(
                "PartnerRegistered", "PartnerUpdated", "AgreementSigned", "AgreementAmended", "AgreementCancelled",
                "InstalmentReceived", "ExchangeRatePublished", "TransactionRecorded", "YearEndBalanceRecorded",
                "IctDfTransferReceived", "IctDfAllocated"));
    }

    @Test
    void everyMessageHasAnExample() {
        for (String topic : List.of(PROJECTS, FUNDING)) {
            assertThat(contract.examples(topic)).extracting(Example::type)
                    .as("the types with an example on %s", topic)
                    .containsAll(contract.types(topic));
        }
        assertThat(contract.examples(PROJECTS_DLQ)).isNotEmpty();
        assertThat(contract.examples("reportingServiceDeadLetters")).isNotEmpty();
    }

    static Stream<Arguments> everyExample() {
        EventContract loaded = EventContract.load(EventContract.findDocument());
        return loaded.topics().stream().flatMap(topic -> loaded.examples(topic).stream())
                .map(example -> Arguments.of(example.topic() + " " + example.message() + " " + example.name(), example));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyExample")
    void everyExampleConforms(String name, Example example) {
        assertThatCode(() -> contract.assertConforms(example.topic(), example.key(), example.headers(),
                example.payload())).doesNotThrowAnyException();
    }

    @Test
    void aPayloadWithoutARequiredFieldIsRefusedNamingTheField() {
        Example signed = example(FUNDING, "AgreementSigned");
        ObjectNode payload = (ObjectNode) signed.payloadTree();
        payload.remove("chfAmount");

        assertThatThrownBy(() -> contract.assertConforms(FUNDING, signed.key(), signed.headers(), payload.toString()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("payload")
                .hasMessageContaining("chfAmount");
    }

    @Test
    void anInstalmentWithoutItsBookedChfAmountIsRefused() {
        Example instalment = example(FUNDING, "InstalmentReceived");
        ObjectNode payload = (ObjectNode) instalment.payloadTree();
        payload.remove("chfAmount");

        assertThat(contract.violations(FUNDING, instalment.key(), instalment.headers(), payload.toString()))
                .anySatisfy(violation -> assertThat(violation).contains("chfAmount"));
    }

    @Test
    void aWrongCeTypeIsRefused() {
        Example signed = example(FUNDING, "AgreementSigned");
        Map<String, String> headers = with(signed.headers(), "ce_type", "int.itu.bdt.portfolio.AgreementSignd");

        assertThatThrownBy(() -> contract.assertConforms(FUNDING, signed.key(), headers, signed.payload()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ce_type int.itu.bdt.portfolio.AgreementSignd is no message of " + FUNDING);
    }

    @Test
    void aTypeOfTheOtherTopicIsRefused() {
        Example registered = example(PROJECTS, "ProjectRegistered");

        assertThat(contract.violations(FUNDING, registered.key(), registered.headers(), registered.payload()))
                .singleElement().asString().contains("is no message of " + FUNDING);
    }

    @Test
    void aProducerStillWritingTheLegacyBareNameIsRefusedWithAHint() {
        Example legacy = example(FUNDING, "AgreementSigned").withLegacyType();

        assertThat(legacy.headers()).containsEntry("ce_type", "AgreementSigned");
        assertThat(contract.violations(FUNDING, legacy.key(), legacy.headers(), legacy.payload()))
                .singleElement().asString().contains("legacy bare name");
    }

    @Test
    void anExampleReplayedForAnotherProjectMovesItsKeyWithItsSubject() {
        Example signed = example(FUNDING, "AgreementSigned");

        Example elsewhere = signed.withHeaders(Map.of("ce_subject", "9RAF24999"));

        assertThat(elsewhere.key()).isEqualTo("9RAF24999");
        assertThat(elsewhere.headers()).containsEntry("ce_subject", "9RAF24999");
    }

    @Test
    void headersAreCheckedToo() {
        Example rate = example(FUNDING, "ExchangeRatePublished");
        Map<String, String> headers = with(with(rate.headers(), "ce_id", "not-a-uuid"), "ce_time", "yesterday");
        headers.remove("content-type");

        assertThat(contract.violations(FUNDING, rate.key(), headers, rate.payload()))
                .anySatisfy(violation -> assertThat(violation).contains("ce_id"))
                .anySatisfy(violation -> assertThat(violation).contains("ce_time"))
                .anySatisfy(violation -> assertThat(violation).contains("content-type"));
    }

    @Test
    void theSourceMustBeTheTopicsProducer() {
        Example registered = example(PROJECTS, "ProjectRegistered");
        Map<String, String> headers = with(registered.headers(), "ce_source", "/bdt/funding-service");

        assertThat(contract.violations(PROJECTS, registered.key(), headers, registered.payload()))
                .anySatisfy(violation -> assertThat(violation).contains("ce_source"));
    }

    @Test
    void theKeyFollowsItsSchemaAndCeSubjectIsTheKey() {
        Example rate = example(FUNDING, "ExchangeRatePublished");

        assertThat(contract.violations(FUNDING, "eur", with(rate.headers(), "ce_subject", "eur"), rate.payload()))
                .anySatisfy(violation -> assertThat(violation).startsWith("key"));
        assertThat(contract.violations(FUNDING, "CHF", rate.headers(), rate.payload()))
                .anySatisfy(violation -> assertThat(violation).contains("ce_subject EUR is not the record key CHF"));
    }

    @Test
    void amountsAreExactDecimalStringsAndNoUndocumentedFieldIsSent() {
        Example signed = example(FUNDING, "AgreementSigned");
        ObjectNode payload = (ObjectNode) signed.payloadTree();
        payload.put("chfAmount", 435153.0);
        payload.put("originalAmount", "73000000.001");
        payload.put("internalNote", "not in the contract");

        assertThat(contract.violations(FUNDING, signed.key(), signed.headers(), payload.toString()))
                .anySatisfy(violation -> assertThat(violation).contains("chfAmount"))
                .anySatisfy(violation -> assertThat(violation).contains("originalAmount"))
                .anySatisfy(violation -> assertThat(violation).contains("internalNote"));
    }

    @Test
    void aDueReportHasNoOverdueDate() {
        Example due = example(PROJECTS, "PartnerReportDue");
        ObjectNode payload = (ObjectNode) due.payloadTree();
        payload.put("overdueSince", "2025-09-13");

        assertThat(contract.violations(PROJECTS, due.key(), due.headers(), payload.toString()))
                .anySatisfy(violation -> assertThat(violation).contains("overdueSince"));
    }

    @Test
    void aDeadLetterCarriesTheOriginalRecordAndSmallRyesHeaders() {
        Example deadLetter = contract.examples(REPORTING_DLQ).get(0);
        assertThat(deadLetter.payload()).isEqualTo("{\"projectNumber\":\"9RAF24199\",\"region\":");
        Map<String, String> headers = new HashMap<>(deadLetter.headers());
        headers.remove("dead-letter-reason");

        assertThat(contract.violations(REPORTING_DLQ, deadLetter.key(), headers, deadLetter.payload()))
                .singleElement().asString().contains("dead-letter-reason");
        assertThat(contract.violations(PROJECTS_DLQ, deadLetter.key(), deadLetter.headers(), deadLetter.payload()))
                .anySatisfy(violation -> assertThat(violation).contains("dead-letter-topic"));
    }

    @Test
    void aConsumedRecordIsCheckedWithItsKafkaHeaders() {
        Example amended = example(FUNDING, "AgreementAmended");
        ConsumerRecord<String, String> record = new ConsumerRecord<>(FUNDING, 0, 42L, amended.key(), amended.payload());
        amended.kafkaHeaders().forEach(header -> record.headers().add(header));

        assertThatCode(() -> contract.assertConforms(record)).doesNotThrowAnyException();
        assertThat(EventContract.headersOf(record.headers())).isEqualTo(amended.headers());
    }

    @Test
    void anUnknownTopicIsRefused() {
        assertThat(contract.violations("portfolio.unknown.v1", "x", Map.of(), "{}"))
                .singleElement().asString().contains("no channel with address portfolio.unknown.v1");
    }

    private static Example example(String topic, String message) {
        return contract.examples(topic).stream().filter(example -> example.message().equals(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no example of " + message + " on " + topic));
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> changed = new HashMap<>(headers);
        changed.put(name, value);
        return changed;
    }

    private static List<String> prefixed(String... names) {
        return Stream.of(names).map(name -> EventContract.TYPE_PREFIX + name).toList();
    }
}
