package org.itu.bdt.portfolio.projects.partnerreports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.itu.bdt.portfolio.projects.support.PartnerReportSteps;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.itu.bdt.portfolio.projects.support.ProjectTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.itu.bdt.portfolio.projects.support.PartnerReportSubmissions.submission;
import static org.itu.bdt.portfolio.projects.support.PartnerReportSubmissions.submit;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.type;

/** A project manager submits a partner report once, for a period of its own, and records when it was sent. */
@QuarkusTest
class PartnerReportSubmissionTest {

    private static final String FIRST = "-01-R1";
    private static final String SECOND = "-01-R2";

    @Inject
    PartnerReportSteps steps;
    @Inject
    DatabaseRows rows;
    @Inject
    MovableClock clock;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void setToday() {
        clock.setToday(LocalDate.parse("2025-03-10"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSubmittedReportKeepsItsRisksAndExactAmountsAndIsPublishedWithThem() {
        steps.partnerAgreement("7EUR26501", "EC", LocalDate.parse("2024-08-31"));

        submit("7EUR26501" + FIRST, "2024-08-31", "2025-02-27").statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("submission.submittedOn", equalTo("2025-03-10"))
                .body("submission.risks[0].rating", equalTo("HIGH"))
                .body("submission.financialSummary.spent", equalTo("118234.57"));

        given().when().get("/api/partner-reports/7EUR26501" + FIRST).then()
                .body("submission.periodEnd", equalTo("2025-02-27"))
                .body("submission.submittedBy", equalTo("a.manager"))
                .body("submission.challenges", equalTo("Customs clearance of equipment took three months"))
                .body("submission.financialSummary.committed", equalTo("40000.10"));
        try (ProjectTopic topic = new ProjectTopic(bootstrapServers)) {
            ConsumerRecord<String, String> submitted = topic.awaitEvent("7EUR26501", type("PartnerReportSubmitted"));
            assertThat(submitted.value()).contains("\"reportId\":\"7EUR26501-01-R1\"",
                    "\"challenges\":\"Customs clearance of equipment took three months\"",
                    "\"risks\":[{\"description\":\"Rainy season delays site works\",\"rating\":\"HIGH\"",
                    "\"spent\":\"118234.57\"", "\"received\":\"250000.00\"");
        }
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAndNothingIsStoredOrEmitted() {
        steps.partnerAgreement("7EUR26502", "EC", LocalDate.parse("2024-08-31"));

        submit("7EUR26502" + FIRST, "2025-02-27", "2024-08-31").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("periodEnd"));

        assertNothingSubmitted("7EUR26502", FIRST, 0);
    }

    @Test
    void aPeriodOverlappingASubmittedReportOfTheSameAgreementIsAConflict() {
        steps.partnerAgreement("7EUR26503", "EC", LocalDate.parse("2024-08-31"));
        submit("7EUR26503" + FIRST, "2024-08-31", "2025-02-27").statusCode(200);

        submit("7EUR26503" + SECOND, "2025-02-01", "2025-08-30").statusCode(409)
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("detail", startsWith("The period overlaps report "));

        assertNothingSubmitted("7EUR26503", SECOND, 1);
    }

    @Test
    void aReportIsSubmittedOnlyOnce() {
        steps.partnerAgreement("7EUR26504", "EC", LocalDate.parse("2024-08-31"));
        submit("7EUR26504" + FIRST, "2024-08-31", "2025-02-27").statusCode(200);

        submit("7EUR26504" + FIRST, "2024-08-31", "2025-02-27").statusCode(409)
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("detail", startsWith("Report 7EUR26504-01-R1 was submitted on "));
    }

    @Test
    void badRisksAmountsOrMissingFieldsAreRefusedFieldByFieldAndNothingIsStored() {
        steps.partnerAgreement("7EUR26505", "EC", LocalDate.parse("2024-08-31"));
        Map<String, Object> valid = submission("2024-08-31", "2025-02-27");
        Map<String, Object> money = Map.of("currency", "EUR", "received", "250000.001", "spent", "-1", "committed", "0");

        submit("7EUR26505" + FIRST, ProjectJson.with(valid, "financialSummary", money)).statusCode(400)
                .body("errors.field", contains("financialSummary.received", "financialSummary.spent"));
        submit("7EUR26505" + FIRST, ProjectJson.with(valid, "risks",
                List.of(Map.of("description", "Floods", "rating", "SEVERE")))).statusCode(400);
        submit("7EUR26505" + FIRST, ProjectJson.without(valid, "financialSummary")).statusCode(400)
                .body("errors.field", contains("financialSummary"));
        submit("7EUR26505" + FIRST, ProjectJson.without(valid, "periodStart")).statusCode(400);
        submit("7XXX00000-01-R1", valid).statusCode(404);

        assertNothingSubmitted("7EUR26505", FIRST, 0);
    }

    @Test
    void aSubmittedReportIsSentOnceOnADayFromItsSubmissionToToday() {
        steps.partnerAgreement("7EUR26506", "EC", LocalDate.parse("2024-08-31"));
        String report = "7EUR26506" + FIRST;
        send(report, "2025-03-10").statusCode(409).body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("detail", equalTo("Report " + report + " is not submitted yet"));
        submit(report, "2024-08-31", "2025-02-27").statusCode(200);

        send(report, "2025-03-11").statusCode(400).body("errors[0].field", equalTo("sentOn"));
        send(report, "2025-03-10").statusCode(200).body("state", equalTo("SENT")).body("sentOn", equalTo("2025-03-10"));
        send(report, "2025-03-10").statusCode(409);

        assertThat(rows.outboxEventsOf("7EUR26506", type("PartnerReportSent"))).hasSize(1);
        given().header(Tokens.asRole("finance")).queryParam("entity", "partner-report").queryParam("id", report)
                .when().get("/api/audit").then()
                .body("action", contains("sent", "submitted"))
                .body("[0].after.sentOn", equalTo("2025-03-10"))
                .body("[1].after.submittedOn", equalTo("2025-03-10"))
                .body("[1].after.spent", equalTo("118234.57"))
                .body("[1].after.risks", contains("HIGH"));
        try (ProjectTopic topic = new ProjectTopic(bootstrapServers)) {
            assertThat(topic.awaitEvent("7EUR26506", type("PartnerReportSent")).value())
                    .contains("\"reportId\":\"7EUR26506-01-R1\"", "\"sentOn\":\"2025-03-10\"");
        }
    }

    private void assertNothingSubmitted(String projectNumber, String report, int earlierSubmissions) {
        given().when().get("/api/partner-reports/" + projectNumber + report).then()
                .body("submission", nullValue())
                .body("sentOn", nullValue());
        assertThat(rows.outboxEventsOf(projectNumber, type("PartnerReportSubmitted"))).hasSize(earlierSubmissions);
    }

    private static io.restassured.response.ValidatableResponse send(String reportId, String sentOn) {
        return given().contentType(ContentType.JSON).body(Map.of("sentOn", sentOn))
                .when().post("/api/partner-reports/" + reportId + "/sent").then();
    }
}
