package org.itu.bdt.portfolio.projects.partnerreports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.projects.lifecycle.LifecycleService;
import org.itu.bdt.portfolio.projects.lifecycle.TransitionCause;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.itu.bdt.portfolio.projects.support.PartnerReportSteps;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.itu.bdt.portfolio.projects.support.ProjectSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.type;

/** Every partner-funded agreement gets a reporting schedule, from the AgreementSigned event to its end. */
@QuarkusTest
class PartnerReportScheduleTest {

    @Inject
    PartnerReportSteps steps;
    @Inject
    ProjectSteps projects;
    @Inject
    LifecycleService transitions;
    @Inject
    PartnerReportScheduler scheduler;
    @Inject
    DatabaseRows rows;
    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPartnerAgreementSignedOnKafkaOwesAReportEverySixMonthsUntilTheProjectsPlannedEnd() {
        clock.setToday(LocalDate.parse("2025-01-10"));

        steps.partnerAgreement("7EUR26201", "EC", LocalDate.parse("2024-08-31"));

        given().when().get("/api/partner-reports/schedules/7EUR26201-01").then().statusCode(200)
                .body("projectNumber", equalTo("7EUR26201"))
                .body("partnerId", equalTo("EC"))
                .body("signedOn", equalTo("2024-08-31"))
                .body("intervalMonths", equalTo(6))
                .body("reports.dueOn", contains("2025-02-28", "2025-08-31", "2026-02-28", "2026-08-31", "2027-02-28",
                        "2027-08-31", "2028-02-29"))
                .body("reports[0].id", equalTo("7EUR26201-01-R1"))
                .body("reports[0].periodStart", equalTo("2024-08-31"))
                .body("reports[0].periodEnd", equalTo("2025-02-27"))
                .body("reports[0].state", equalTo("SCHEDULED"))
                .body("reports[1].periodStart", equalTo("2025-02-28"));
    }

    @Test
    void anItuAllocationOwesNoPartnerReport() {
        projects.propose("7EUR26202");
        steps.sign("7EUR26202-01", "7EUR26202", null, LocalDate.parse("2024-08-31"));
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.agreementsOf("7EUR26202") == 1);

        given().when().get("/api/partner-reports/schedules/7EUR26202-01").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"));
    }

    @Test
    void aNewIntervalPlansAgainTheDeadlinesNotYetDueFromTheLastOneKept() {
        clock.setToday(LocalDate.parse("2025-01-10"));
        steps.partnerAgreement("7EUR26203", "EC", LocalDate.parse("2024-08-31"));
        clock.setToday(LocalDate.parse("2025-03-10"));

        changeInterval("7EUR26203-01", 12).statusCode(200)
                .body("intervalMonths", equalTo(12))
                .body("reports.id", contains("7EUR26203-01-R1", "7EUR26203-01-R2", "7EUR26203-01-R3", "7EUR26203-01-R4"))
                .body("reports.dueOn", contains("2025-02-28", "2026-02-28", "2027-02-28", "2028-02-28"))
                .body("reports[0].state", equalTo("OVERDUE"));
    }

    @Test
    void anIntervalOutsideSixToTwelveMonthsIsRefusedAndChangesNothing() {
        clock.setToday(LocalDate.parse("2025-01-10"));
        steps.partnerAgreement("7EUR26204", "EC", LocalDate.parse("2024-08-31"));

        changeInterval("7EUR26204-01", 5).statusCode(400)
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo("intervalMonths"));
        changeInterval("7EUR26204-01", 13).statusCode(400);
        changeInterval("7XXX00000-01", 6).statusCode(404);

        given().when().get("/api/partner-reports/schedules/7EUR26204-01").then()
                .body("intervalMonths", equalTo(6))
                .body("reports", hasSize(7));
    }

    @Test
    void aCancellationLeavesNoDeadlineAfterItAndEndsTheSchedule() {
        clock.setToday(LocalDate.parse("2025-01-10"));
        steps.partnerAgreement("7EUR26205", "EC", LocalDate.parse("2024-08-31"));

        steps.cancel("7EUR26205-01", "7EUR26205", LocalDate.parse("2025-09-15"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().when().get("/api/partner-reports/schedules/7EUR26205-01").then()
                        .body("endReason", equalTo("CANCELLATION"))
                        .body("endedOn", equalTo("2025-09-15"))
                        .body("reports.dueOn", contains("2025-02-28", "2025-08-31")));
        clock.setToday(LocalDate.parse("2025-10-01"));
        scheduler.run();
        given().when().get("/api/partner-reports/schedules/7EUR26205-01").then().body("reports", hasSize(2));
        changeInterval("7EUR26205-01", 12).statusCode(409)
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("detail", startsWith("The schedule ended on 2025-09-15 (CANCELLATION)"));
    }

    @Test
    void theOperationalClosureReplacesTheDeadlinesAfterItWithAFinalReportDueThreeMonthsLater() {
        LocalDate today = LocalDate.now();
        projects.propose("7EUR26206");
        projects.approve("7EUR26206", today);
        steps.sign("7EUR26206-01", "7EUR26206", "EC", today.minusMonths(8));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get("/api/projects/7EUR26206")
                .then().body("status", equalTo("ONGOING")));

        QuarkusTransaction.requiringNew().run(() -> transitions.transition("7EUR26206",
                ProjectStatus.OPERATIONALLY_CLOSED, TransitionCause.BOARD_DECISION, "Project Board", "done", today));

        LocalDate firstDue = today.minusMonths(8).plusMonths(6);
        given().when().get("/api/partner-reports/schedules/7EUR26206-01").then()
                .body("endReason", equalTo("CLOSURE"))
                .body("reports.finalReport", contains(false, true))
                .body("reports[0].dueOn", equalTo(firstDue.toString()))
                .body("reports[1].id", equalTo("7EUR26206-01-R2"))
                .body("reports[1].periodStart", equalTo(firstDue.toString()))
                .body("reports[1].periodEnd", equalTo(today.toString()))
                .body("reports[1].dueOn", equalTo(today.plusMonths(3).toString()));
    }

    @Test
    void aScheduleWhoseDeadlinesHaveAllPassedGetsItsNextOneFromTheScheduler() {
        clock.setToday(LocalDate.parse("2025-01-10"));
        given().contentType(ContentType.JSON).body(ProjectJson.with(ProjectJson.project("7EUR26207"), "endDate", "2025-06-30"))
                .when().post("/api/projects").then().statusCode(201);
        steps.sign("7EUR26207-01", "7EUR26207", "EC", LocalDate.parse("2024-08-31"));
        given().when().get("/api/partner-reports/schedules/7EUR26207-01").then()
                .body("reports.dueOn", contains("2025-02-28", "2025-08-31"));

        clock.setToday(LocalDate.parse("2025-09-10"));
        scheduler.run();

        given().when().get("/api/partner-reports/schedules/7EUR26207-01").then()
                .body("reports.dueOn", contains("2025-02-28", "2025-08-31", "2026-02-28"));
        assertThat(rows.outboxEventsOf("7EUR26207", type("PartnerReportDue"))).hasSize(2);
    }

    @Test
    void theScheduleIsAnnouncedWhenCreatedWhenItsIntervalChangesAndWhenItEnds() {
        LocalDate today = LocalDate.now();
        projects.propose("7EUR26208");
        projects.approve("7EUR26208", today);
        steps.sign("7EUR26208-01", "7EUR26208", "EC", today.minusMonths(8));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get("/api/projects/7EUR26208")
                .then().body("status", equalTo("ONGOING")));
        changeInterval("7EUR26208-01", 12).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> transitions.transition("7EUR26208",
                ProjectStatus.OPERATIONALLY_CLOSED, TransitionCause.BOARD_DECISION, "Project Board", "done", today));

        List<JsonPath> announced = rows.outboxPayloadsOf("7EUR26208", type("PartnerReportScheduled")).stream()
                .map(JsonPath::from).toList();
        String firstDue = today.minusMonths(8).plusMonths(6).toString();
        assertThat(announced).hasSize(3);
        assertThat(announced.get(0).getString("agreementNumber")).isEqualTo("7EUR26208-01");
        assertThat(announced.get(0).getString("partnerId")).isEqualTo("EC");
        assertThat(announced.get(0).getInt("intervalMonths")).isEqualTo(6);
        assertThat(announced.get(0).getString("deadlines[0].reportId")).isEqualTo("7EUR26208-01-R1");
        assertThat(announced.get(0).getString("deadlines[0].dueOn")).isEqualTo(firstDue);
        assertThat(announced.get(0).getString("endedOn")).isNull();
        assertThat(announced.get(1).getInt("intervalMonths")).isEqualTo(12);
        assertThat(announced.get(2).getString("endedOn")).isEqualTo(today.toString());
        assertThat(announced.get(2).getList("deadlines.reportId")).contains("7EUR26208-01-R1");
    }

    private static io.restassured.response.ValidatableResponse changeInterval(String agreementNumber, int months) {
        return given().contentType(ContentType.JSON).body(Map.of("intervalMonths", months))
                .when().put("/api/partner-reports/schedules/" + agreementNumber).then();
    }
}
