package org.itu.bdt.portfolio.projects.partnerreports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.itu.bdt.portfolio.projects.support.PartnerReportSteps;
import org.itu.bdt.portfolio.projects.support.ProjectTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.itu.bdt.portfolio.projects.support.PartnerReportSubmissions.submit;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.type;

/**
 * The partner a sent report is addressed to confirms it received it: ACK-P's agreements (signed 2024-08-31) owe their
 * first report on 2025-02-28; it is submitted and sent on 2025-03-10 and acknowledged from 2025-03-14 on.
 */
@QuarkusTest
class PartnerReportAcknowledgementTest {

    private static final String PARTNER = "ACK-P";
    private static final String SENT_ON = "2025-03-10";
    private static final LocalDate ACKNOWLEDGED_ON = LocalDate.parse("2025-03-14");
    private static final String ACKNOWLEDGED = type("PartnerReportAcknowledged");
    private static final int CALLS = 6;

    @Inject
    PartnerReportSteps steps;
    @Inject
    DatabaseRows rows;
    @Inject
    MovableClock clock;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void thePartnerAcknowledgesItsSentReportAndTheReportTheTrailAndTheEventSayWhoAndWhen() {
        String report = sentReport("7ACK26501", PARTNER);

        acknowledge(report, Tokens.asPartner(PARTNER)).statusCode(200)
                .body("state", equalTo("SENT"))
                .body("sentOn", equalTo(SENT_ON))
                .body("acknowledgedOn", equalTo("2025-03-14"))
                .body("acknowledgedBy", equalTo("partner-ack-p"));

        given().header(Tokens.asPartner(PARTNER)).when().get("/api/partner-reports/" + report).then()
                .body("acknowledgedOn", equalTo("2025-03-14"))
                .body("acknowledgedBy", equalTo("partner-ack-p"));
        trail(report)
                .body("action", contains("acknowledged", "sent", "submitted"))
                .body("[0].subject", equalTo("partner-ack-p"))
                .body("[0].client", equalTo(Tokens.PORTAL))
                .body("[0].before", nullValue())
                .body("[0].after.acknowledgedOn", equalTo("2025-03-14"))
                .body("[0].after.acknowledgedBy", equalTo("partner-ack-p"));
        try (ProjectTopic topic = new ProjectTopic(bootstrapServers)) {
            assertThat(topic.awaitEvent("7ACK26501", ACKNOWLEDGED).value()).contains(
                    "\"reportId\":\"7ACK26501-01-R1\"", "\"partnerId\":\"ACK-P\"", "\"sentOn\":\"2025-03-10\"",
                    "\"acknowledgedOn\":\"2025-03-14\"", "\"acknowledgedBy\":\"partner-ack-p\"");
        }
    }

    @Test
    void anotherPartnersReportIsNotFoundAsIfItDidNotExistAndStaysUnacknowledged() {
        String report = sentReport("7ACK26502", PARTNER);

        acknowledge(report, Tokens.asPartner("ACK-Q")).statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"))
                .body("detail", equalTo("No partner report " + report));

        assertUnacknowledged(report, "7ACK26502");
    }

    @Test
    void aReportNotSentYetCannotBeAcknowledged() {
        clock.setToday(LocalDate.parse(SENT_ON));
        steps.partnerAgreement("7ACK26503", PARTNER, LocalDate.parse("2024-08-31"));
        String owed = "7ACK26503-01-R1";
        String submitted = "7ACK26503-01-R2";
        acknowledge(owed, Tokens.asPartner(PARTNER)).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("detail", equalTo("Report " + owed + " was not sent yet"));
        submit(submitted, "2025-02-28", "2025-08-30").statusCode(200);

        acknowledge(submitted, Tokens.asPartner(PARTNER)).statusCode(409)
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("detail", equalTo("Report " + submitted + " was not sent yet"));

        assertUnacknowledged(owed, "7ACK26503");
        assertUnacknowledged(submitted, "7ACK26503");
    }

    @Test
    void aRepeatedAcknowledgementAnswersTheFirstOneAndChangesNothing() {
        String report = sentReport("7ACK26504", PARTNER);
        acknowledge(report, Tokens.asPartner(PARTNER)).statusCode(200);
        clock.setToday(ACKNOWLEDGED_ON.plusDays(3));

        acknowledge(report, Tokens.asPartner(PARTNER)).statusCode(200)
                .body("acknowledgedOn", equalTo("2025-03-14"))
                .body("acknowledgedBy", equalTo("partner-ack-p"));
        acknowledge(report, Tokens.asRole("admin")).statusCode(200)
                .body("acknowledgedOn", equalTo("2025-03-14"))
                .body("acknowledgedBy", equalTo("partner-ack-p"));

        trail(report).body("action", contains("acknowledged", "sent", "submitted"));
        assertThat(rows.outboxEventsOf("7ACK26504", ACKNOWLEDGED)).hasSize(1);
    }

    @Test
    void acknowledgementsSentAtOnceRecordOneAcknowledgementAndOneEvent() {
        String report = sentReport("7ACK26505", PARTNER);

        Header partner = Tokens.asPartner(PARTNER);
        ExecutorService portals = Executors.newFixedThreadPool(CALLS);
        try {
            List<CompletableFuture<Integer>> calls = IntStream.range(0, CALLS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> acknowledge(report, partner).extract().statusCode(), portals))
                    .toList();

            assertThat(calls.stream().map(CompletableFuture::join)).containsOnly(200);
        } finally {
            portals.shutdown();
        }
        trail(report).body("action", contains("acknowledged", "sent", "submitted"));
        assertThat(rows.outboxEventsOf("7ACK26505", ACKNOWLEDGED)).hasSize(1);
    }

    @Test
    void anAdminMayRecordTheAcknowledgementUnderItsOwnSubject() {
        String report = sentReport("7ACK26506", PARTNER);

        acknowledge(report, Tokens.asRole("admin")).statusCode(200)
                .body("acknowledgedBy", equalTo("admin"));

        trail(report).body("[0].action", equalTo("acknowledged")).body("[0].subject", equalTo("admin"));
    }

    @Test
    void internalRolesOtherThanAdminAreForbiddenToAcknowledge() {
        String report = sentReport("7ACK26507", PARTNER);

        for (String role : List.of("project-manager", "finance", "board", "viewer")) {
            acknowledge(report, Tokens.asRole(role)).statusCode(403)
                    .body("type", equalTo("urn:bdt-portfolio:problem:forbidden"));
        }

        assertUnacknowledged(report, "7ACK26507");
    }

    /** The first report of a new agreement of {@code partnerId}, submitted and sent on 2025-03-10; today 2025-03-14. */
    private String sentReport(String projectNumber, String partnerId) {
        clock.setToday(LocalDate.parse(SENT_ON));
        String report = steps.partnerAgreement(projectNumber, partnerId, LocalDate.parse("2024-08-31")) + "-R1";
        submit(report, "2024-08-31", "2025-02-27").statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("sentOn", SENT_ON))
                .when().post("/api/partner-reports/" + report + "/sent").then().statusCode(200);
        clock.setToday(ACKNOWLEDGED_ON);
        return report;
    }

    private void assertUnacknowledged(String report, String projectNumber) {
        given().when().get("/api/partner-reports/" + report).then()
                .body("acknowledgedOn", nullValue())
                .body("acknowledgedBy", nullValue());
        trail(report).body("action", not(hasItem("acknowledged")));
        assertThat(rows.outboxEventsOf(projectNumber, ACKNOWLEDGED)).isEmpty();
    }

    private static ValidatableResponse acknowledge(String report, Header token) {
        return given().header(token).when().post("/api/partner-reports/" + report + "/acknowledgement").then();
    }

    private static ValidatableResponse trail(String report) {
        return given().header(Tokens.asRole("finance")).queryParam("entity", "partner-report").queryParam("id", report)
                .when().get("/api/audit").then().statusCode(200);
    }
}
