package org.itu.bdt.portfolio.projects;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.projects.support.BoardSteps;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.itu.bdt.portfolio.projects.support.PartnerReportSteps;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * GET /api/audit answers who changed a project, its status or a Board decision, when, through which request, and
 * from what; a change refused with a 4xx leaves nothing in the trail.
 */
@QuarkusTest
class AuditTrailTest {

    @Inject
    MovableClock clock;
    @Inject
    PartnerReportSteps partnerReports;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theTrailSaysWhoRevisedAProjectWhenAndFromWhat() {
        Map<String, Object> record = ProjectJson.without(ProjectJson.fullRecord("7AUD28001"), "status");
        given().header(Tokens.asRole("project-manager")).contentType(ContentType.JSON).body(record)
                .when().post("/api/projects").then().statusCode(201);

        given().header(Tokens.asRole("project-manager")).header("X-Request-Id", "pm-revision-0001")
                .header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(ProjectJson.with(record, "title", "Resilient ICT infrastructure in Asia-Pacific (Phase III)"))
                .when().put("/api/projects/7AUD28001").then()
                .statusCode(200)
                .header("X-Request-Id", "pm-revision-0001");

        trail("project", "7AUD28001")
                .body("action", contains("revised", "registered"))
                .body("[0].subject", equalTo("project-manager"))
                .body("[0].client", equalTo(Tokens.PORTAL))
                .body("[0].requestId", equalTo("pm-revision-0001"))
                .body("[0].occurredAt", notNullValue())
                .body("[0].before.title", equalTo("Strengthening resilient ICT infrastructure in Asia-Pacific (Phase II)"))
                .body("[0].after.title", equalTo("Resilient ICT infrastructure in Asia-Pacific (Phase III)"))
                .body("[0].after.profile.recipientCountries", contains("TH", "MN"))
                .body("[1].before", nullValue())
                .body("[1].after.status", equalTo("PROPOSED"));
    }

    @Test
    void aChangeRefusedWithA4xxLeavesNoEntry() {
        Map<String, Object> record = ProjectJson.without(ProjectJson.project("7AUD28002"), "status");
        given().header(Tokens.asRole("project-manager")).contentType(ContentType.JSON).body(record)
                .when().post("/api/projects").then().statusCode(201);
        Map<String, Object> retitled = ProjectJson.with(record, "title", "Another title");

        given().header(Tokens.asRole("project-manager")).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(retitled).when().put("/api/projects/7AUD28002").then().statusCode(412);
        given().header(Tokens.asRole("viewer")).contentType(ContentType.JSON)
                .body(retitled).when().put("/api/projects/7AUD28002").then().statusCode(403);
        given().header(Tokens.asRole("project-manager")).contentType(ContentType.JSON)
                .body(ProjectJson.with(record, "title", " ")).when().put("/api/projects/7AUD28002").then()
                .statusCode(400);
        given().header(Tokens.asRole("project-manager")).contentType(ContentType.JSON)
                .body(Map.of("to", "APPROVED", "reason", "approved in the corridor"))
                .when().post("/api/projects/7AUD28002/transitions").then().statusCode(409);

        trail("project", "7AUD28002").body("action", contains("registered"));
    }

    @Test
    void aBoardDecisionsStepIsTheBoardsButTheTrailNamesWhoRecordedIt() {
        BoardSteps.proposedSince("7AUD21001", "2021-01-04");
        BoardSteps.meeting("AUD-2021-01", "2021-01-20");
        long item = BoardSteps.itemId(BoardSteps.adopt("AUD-2021-01"), "NEW_PROPOSAL", "7AUD21001");

        long decisionId = given().header(Tokens.asRole("board")).contentType(ContentType.JSON)
                .body(Map.of("itemId", item, "outcome", "APPROVED", "text", "approved as proposed",
                        "actions", List.of(BoardSteps.action("sign the project document", "a.manager", "2021-03-31"))))
                .when().post("/api/board/meetings/AUD-2021-01/decisions").then().statusCode(201)
                .extract().jsonPath().getLong("decisionId");

        given().when().get("/api/projects/7AUD21001/history").then()
                .body("[1].actor", equalTo("Project Board AUD-2021-01"));
        trail("project", "7AUD21001")
                .body("action", contains("status-changed", "imported"))
                .body("[0].subject", equalTo("board"))
                .body("[0].before.status", equalTo("PROPOSED"))
                .body("[0].after.status", equalTo("APPROVED"))
                .body("[0].after.statusSince", equalTo("2021-01-20"))
                .body("[0].after.cause", equalTo("BOARD_DECISION"))
                .body("[0].after.actor", equalTo("Project Board AUD-2021-01"));
        trail("board-decision", String.valueOf(decisionId))
                .body("action", contains("recorded"))
                .body("[0].subject", equalTo("board"))
                .body("[0].after.projectNumber", equalTo("7AUD21001"))
                .body("[0].after.outcome", equalTo("APPROVED"))
                .body("[0].after.actions.owner", contains("a.manager"));
    }

    @Test
    void everyStepOfABoardMeetingIsInTheTrailUnderWhoTookIt() {
        clock.setToday(LocalDate.parse("2021-03-01"));
        BoardSteps.ongoing("7AUD21002", "2019-01-15", "2025-12-31");
        long requestId = given().header(Tokens.asRole("project-manager")).contentType(ContentType.JSON)
                .body(Map.of("kind", "GUIDANCE", "projectNumber", "7AUD21002", "summary", "the partner pays late",
                        "requestedBy", "a.manager"))
                .when().post("/api/board/requests").then().statusCode(201).extract().jsonPath().getLong("requestId");
        given().header(Tokens.asRole("board")).contentType(ContentType.JSON)
                .body(Map.of("meetingNumber", "AUD-2021-03", "meetingDate", "2021-03-10", "attendees", List.of("BDT Director")))
                .when().post("/api/board/meetings").then().statusCode(201);
        long item = BoardSteps.itemId(given().header(Tokens.asRole("board"))
                .when().post("/api/board/meetings/AUD-2021-03/agenda").then().statusCode(200).extract().jsonPath(),
                "GUIDANCE", "7AUD21002");
        long actionId = given().header(Tokens.asRole("board")).contentType(ContentType.JSON)
                .body(Map.of("itemId", item, "outcome", "GUIDANCE_GIVEN", "text", "remind the partner",
                        "actions", List.of(BoardSteps.action("write to the partner", "a.manager", "2021-03-31"))))
                .when().post("/api/board/meetings/AUD-2021-03/decisions").then().statusCode(201)
                .extract().jsonPath().getLong("actions[0].actionId");
        given().header(Tokens.asRole("board")).contentType(ContentType.JSON).body(Map.of("note", "letter sent"))
                .when().post("/api/board/actions/" + actionId + "/completion").then().statusCode(200);

        trail("board-meeting", "AUD-2021-03").body("action", contains("scheduled"))
                .body("[0].subject", equalTo("board")).body("[0].after.meetingDate", equalTo("2021-03-10"));
        trail("board-agenda", "AUD-2021-03").body("action", contains("adopted"))
                .body("[0].after.find { it.itemId == %d }.projectNumber".formatted(item), equalTo("7AUD21002"));
        trail("board-request", String.valueOf(requestId))
                .body("action", contains("settled", "filed"))
                .body("subject", contains("board", "project-manager"))
                .body("[0].before.status", equalTo("PENDING"))
                .body("[0].after.status", equalTo("DECIDED"))
                .body("[0].after.decidedAt", equalTo("AUD-2021-03"));
        trail("board-action", String.valueOf(actionId))
                .body("action", contains("completed"))
                .body("[0].before.status", equalTo("OPEN"))
                .body("[0].after.status", equalTo("DONE"))
                .body("[0].after.completionNote", equalTo("letter sent"));
    }

    @Test
    void aNewReportingIntervalIsInTheTrailWithTheDeadlinesItMoved() {
        String agreementNumber = partnerReports.partnerAgreement("7AUD24001", "AUD-P", LocalDate.parse("2024-01-15"));

        given().header(Tokens.asRole("project-manager")).contentType(ContentType.JSON)
                .body(Map.of("intervalMonths", 12))
                .when().put("/api/partner-reports/schedules/" + agreementNumber).then().statusCode(200);

        JsonPath entry = trail("partner-report-schedule", agreementNumber)
                .body("action", contains("interval-changed"))
                .body("[0].subject", equalTo("project-manager"))
                .body("[0].before.intervalMonths", equalTo(6))
                .body("[0].after.intervalMonths", equalTo(12))
                .extract().jsonPath();
        assertThat(entry.getList("[0].before.owedOn")).isNotEmpty()
                .isNotEqualTo(entry.getList("[0].after.owedOn"));
    }

    @Test
    void theTrailIsForAdminAndFinanceOnly() {
        given().header(Tokens.asRole("project-manager")).queryParam("entity", "project").when().get("/api/audit")
                .then().statusCode(403);
        given().header(Tokens.asPartner("EC")).queryParam("entity", "project").when().get("/api/audit")
                .then().statusCode(403);
    }

    private static ValidatableResponse trail(String entity, String id) {
        return given().header(Tokens.asRole("finance")).queryParam("entity", entity).queryParam("id", id)
                .when().get("/api/audit").then().statusCode(200);
    }
}
