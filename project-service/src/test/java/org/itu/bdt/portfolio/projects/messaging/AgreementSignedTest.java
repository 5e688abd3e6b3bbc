package org.itu.bdt.portfolio.projects.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.FundingTopic;
import org.itu.bdt.portfolio.projects.support.ProjectSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.itu.bdt.portfolio.projects.support.FundingTopic.AGREEMENT_CANCELLED;
import static org.itu.bdt.portfolio.projects.support.FundingTopic.AGREEMENT_SIGNED;
import static org.itu.bdt.portfolio.projects.support.FundingTopic.EXCHANGE_RATE_PUBLISHED;
import static org.itu.bdt.portfolio.projects.support.FundingTopic.agreementSigned;

/** funding-service's AgreementSigned starts an approved project: the lifecycle's only step caused by another service. */
@QuarkusTest
class AgreementSignedTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    ProjectSteps steps;
    @Inject
    DatabaseRows rows;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private FundingTopic funding;

    @BeforeEach
    void openTopic() {
        funding = new FundingTopic(bootstrapServers);
    }

    @AfterEach
    void closeTopic() {
        funding.close();
    }

    @Test
    void theFirstSignedAgreementMakesAnApprovedProjectOngoingFromItsSignatureDate() {
        steps.propose("7EUR26101");
        steps.approve("7EUR26101", TODAY);

        funding.send(AGREEMENT_SIGNED, "7EUR26101",
                agreementSigned("7EUR26101-01", "7EUR26101", "EC", TODAY.toString()));

        awaitStatus("7EUR26101", "ONGOING");
        given().when().get("/api/projects/7EUR26101").then()
                .body("signedOn", equalTo(TODAY.toString()))
                .body("statusSince", equalTo(TODAY.toString()))
                .body("iatiActivityStatus", equalTo("2"));
        given().when().get("/api/projects/7EUR26101/history").then()
                .body("to", contains("PROPOSED", "APPROVED", "ONGOING"))
                .body("cause", contains("REGISTRATION", "BOARD_DECISION", "AGREEMENT_SIGNED"))
                .body("[2].actor", equalTo("funding-service"))
                .body("[2].reason", equalTo("first agreement 7EUR26101-01 signed"));
    }

    @Test
    void aRedeliveredOrSecondAgreementChangesNothingMore() {
        steps.propose("7EUR26102");
        steps.approve("7EUR26102", TODAY);
        UUID first = funding.send(AGREEMENT_SIGNED, "7EUR26102",
                agreementSigned("7EUR26102-01", "7EUR26102", "EC", TODAY.toString()));
        awaitStatus("7EUR26102", "ONGOING");

        funding.send(first, AGREEMENT_SIGNED, "7EUR26102",
                agreementSigned("7EUR26102-01", "7EUR26102", "EC", TODAY.toString()));
        funding.send(AGREEMENT_SIGNED, "7EUR26102",
                agreementSigned("7EUR26102-02", "7EUR26102", null, TODAY.toString()));
        awaitAgreements("7EUR26102", 2);

        given().when().get("/api/projects/7EUR26102/history").then().body("to", contains("PROPOSED", "APPROVED", "ONGOING"));
        given().when().get("/api/projects/7EUR26102").then().body("version", equalTo(3));
    }

    @Test
    void anAgreementForAProjectNotYetApprovedIsKeptButStartsNothing() {
        steps.propose("7EUR26103");

        funding.send(AGREEMENT_SIGNED, "7EUR26103",
                agreementSigned("7EUR26103-01", "7EUR26103", "EC", TODAY.toString()));
        awaitAgreements("7EUR26103", 1);

        given().when().get("/api/projects/7EUR26103").then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void aCancellationIsRecordedOnItsAgreement() {
        steps.propose("7EUR26104");
        steps.approve("7EUR26104", TODAY);
        funding.send(AGREEMENT_SIGNED, "7EUR26104",
                agreementSigned("7EUR26104-01", "7EUR26104", "EC", TODAY.toString()));
        awaitStatus("7EUR26104", "ONGOING");

        funding.send(AGREEMENT_CANCELLED, "7EUR26104", """
                {"agreementNumber":"7EUR26104-01","projectNumber":"7EUR26104","cancelledOn":"%s","reason":"withdrawn"}"""
                .formatted(TODAY.plusDays(1)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(rows.agreementCancelledOn("7EUR26104-01")).isEqualTo(TODAY.plusDays(1)));
        given().when().get("/api/projects/7EUR26104").then().body("status", equalTo("ONGOING"));
    }

    @Test
    void otherFundingEventsAreIgnored() {
        steps.propose("7EUR26105");
        steps.approve("7EUR26105", TODAY);

        funding.send(EXCHANGE_RATE_PUBLISHED, "EUR", """
                {"currency":"EUR","month":"2024-03","chfPerUnit":"0.948512","source":"UN","revision":1}""");
        funding.send(AGREEMENT_SIGNED, "7EUR26105",
                agreementSigned("7EUR26105-01", "7EUR26105", "EC", TODAY.toString()));

        awaitStatus("7EUR26105", "ONGOING");
    }

    @Test
    void aSignatureWithFieldsUnknownHereStartsTheProjectAndTheTrailNamesTheSystem() {
        steps.propose("7EUR26106");
        steps.approve("7EUR26106", TODAY);

        String fromANewerProducer = agreementSigned("7EUR26106-01", "7EUR26106", "EC", TODAY.toString())
                .replaceFirst("}$", ",\"carbonOffset\":{\"tonnes\":\"3.5\"}}");
        funding.send(AGREEMENT_SIGNED, "7EUR26106", fromANewerProducer);

        awaitStatus("7EUR26106", "ONGOING");
        given().header(Tokens.asRole("finance")).queryParam("entity", "project").queryParam("id", "7EUR26106")
                .when().get("/api/audit").then()
                .body("[0].action", equalTo("status-changed"))
                .body("[0].subject", equalTo("system"))
                .body("[0].client", nullValue())
                .body("[0].requestId", nullValue())
                .body("[0].after.cause", equalTo("AGREEMENT_SIGNED"))
                .body("[0].after.actor", equalTo("funding-service"));
    }

    private static void awaitStatus(String projectNumber, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().when().get("/api/projects/" + projectNumber).then().body("status", equalTo(status)));
    }

    private void awaitAgreements(String projectNumber, int count) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(rows.agreementsOf(projectNumber)).isEqualTo(count));
    }
}
