package org.itu.bdt.portfolio.projects.board;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.projects.support.BoardSteps;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.DatabaseRows.OutboxRow;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.action;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.adopt;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.agenda;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.decide;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.itemId;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.itemsOf;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.type;

@QuarkusTest
class BoardDecisionTest {

    @Inject
    DatabaseRows rows;
    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anApprovedProposalBecomesApprovedOnTheMeetingDateByTheBoardWithItsActionsAndEvents() {
        BoardSteps.proposedSince("7BRD20001", "2020-01-06");
        BoardSteps.meeting("PB-2020-01", "2020-01-22");
        long item = itemId(adopt("PB-2020-01"), "NEW_PROPOSAL", "7BRD20001");

        decide("PB-2020-01", item, "APPROVED", "approved subject to a risk register",
                List.of(action("submit the risk register", "a.manager", "2020-03-31")))
                .statusCode(201)
                .body("meetingNumber", equalTo("PB-2020-01"))
                .body("kind", equalTo("NEW_PROPOSAL"))
                .body("projectNumber", equalTo("7BRD20001"))
                .body("outcome", equalTo("APPROVED"))
                .body("actions.owner", contains("a.manager"))
                .body("actions.status", contains("OPEN"));

        given().when().get("/api/projects/7BRD20001").then()
                .body("status", equalTo("APPROVED")).body("statusSince", equalTo("2020-01-22"));
        given().when().get("/api/projects/7BRD20001/history").then()
                .body("to", contains("PROPOSED", "APPROVED"))
                .body("[1].cause", equalTo("BOARD_DECISION"))
                .body("[1].actor", equalTo("Project Board PB-2020-01"))
                .body("[1].reason", equalTo("approved subject to a risk register"));
        assertThat(rows.outboxEventsOf("7BRD20001")).extracting(OutboxRow::eventType).containsExactly(
                type("ProjectStatusChanged"), type("ProjectRegistered"),
                type("BoardDecisionRecorded"), type("BoardActionChanged"), type("ProjectStatusChanged"),
                type("ProjectUpdated"));
        assertThat(agenda("PB-2020-01").getString("items.find { it.itemId == %d }.outcome".formatted(item)))
                .isEqualTo("APPROVED");
        given().when().get("/api/board/meetings/PB-2020-01/decisions").then()
                .body("text", contains("approved subject to a risk register"));
    }

    @Test
    void aRejectedProposalBecomesRejectedAndLeavesTheAgenda() {
        BoardSteps.proposedSince("7BRD20002", "2020-01-06");
        BoardSteps.meeting("PB-2020-02", "2020-02-12");
        long item = itemId(adopt("PB-2020-02"), "NEW_PROPOSAL", "7BRD20002");

        decide("PB-2020-02", item, "REJECTED", "no funding partner in sight", List.of()).statusCode(201);

        given().when().get("/api/projects/7BRD20002").then().body("status", equalTo("REJECTED"));
        BoardSteps.meeting("PB-2020-03", "2020-03-11");
        assertThat(itemsOf(agenda("PB-2020-03"), "7BRD20002")).isEmpty();
    }

    @Test
    void aDeferredProposalComesBackAtTheNextMeetingUntilItIsDecided() {
        BoardSteps.proposedSince("7BRD20003", "2020-01-06");
        BoardSteps.meeting("PB-2020-04", "2020-04-15");
        BoardSteps.meeting("PB-2020-05", "2020-05-13");
        BoardSteps.meeting("PB-2020-06", "2020-06-10");

        decide("PB-2020-04", itemId(adopt("PB-2020-04"), "NEW_PROPOSAL", "7BRD20003"), "DEFERRED",
                "revise the budget", List.of()).statusCode(201);
        JsonPath next = adopt("PB-2020-05");
        decide("PB-2020-05", itemId(next, "NEW_PROPOSAL", "7BRD20003"), "APPROVED", "budget revised", List.of())
                .statusCode(201);

        assertThat(itemsOf(next, "7BRD20003")).containsExactly("NEW_PROPOSAL 7BRD20003");
        assertThat(itemsOf(agenda("PB-2020-06"), "7BRD20003")).isEmpty();
        given().when().get("/api/projects/7BRD20003/history").then()
                .body("to", contains("PROPOSED", "APPROVED")).body("[1].changedOn", equalTo("2020-05-13"));
    }

    @Test
    void anApprovedClosureClosesTheProjectOperationallyAndSettlesTheRequest() {
        BoardSteps.ongoing("7BRD20004", "2018-02-01", "2020-12-31");
        clock.setToday(LocalDate.parse("2020-06-01"));
        long request = BoardSteps.request("CLOSURE", "7BRD20004", "all outputs delivered").statusCode(201)
                .extract().jsonPath().getLong("requestId");
        BoardSteps.meeting("PB-2020-07", "2020-07-08");

        decide("PB-2020-07", itemId(adopt("PB-2020-07"), "CLOSURE", "7BRD20004"), "APPROVED", "close it",
                List.of()).statusCode(201);

        given().when().get("/api/projects/7BRD20004").then()
                .body("status", equalTo("OPERATIONALLY_CLOSED")).body("statusSince", equalTo("2020-07-08"));
        given().when().get("/api/board/requests?status=decided").then()
                .body("find { it.requestId == %d }.outcome".formatted(request), equalTo("APPROVED"))
                .body("find { it.requestId == %d }.decidedAt".formatted(request), equalTo("PB-2020-07"));
    }

    @Test
    void anApprovedSupplementIsRecordedAndTheProjectStaysOngoing() {
        BoardSteps.ongoing("7BRD20005", "2018-02-01", "2021-12-31");
        clock.setToday(LocalDate.parse("2020-08-01"));
        BoardSteps.request("SUPPLEMENT", "7BRD20005", "a second phase").statusCode(201);
        BoardSteps.meeting("PB-2020-08", "2020-08-12");

        decide("PB-2020-08", itemId(adopt("PB-2020-08"), "SUPPLEMENT", "7BRD20005"), "APPROVED", "go ahead",
                List.of()).statusCode(201);

        given().when().get("/api/projects/7BRD20005").then().body("status", equalTo("ONGOING"));
        given().when().get("/api/board/requests?status=PENDING").then()
                .body("findAll { it.projectNumber == '7BRD20005' }", hasSize(0));
        assertThat(rows.outboxEventsOf("7BRD20005")).extracting(OutboxRow::eventType)
                .containsExactly(type("ProjectStatusChanged"), type("ProjectRegistered"),
                        type("BoardDecisionRecorded"));
    }

    @Test
    void guidanceGivenToAProjectPastItsEndDateIsNotSuggestedAgain() {
        BoardSteps.ongoing("7BRD20006", "2017-02-01", "2020-08-31");
        BoardSteps.meeting("PB-2020-09", "2020-09-09");
        BoardSteps.meeting("PB-2020-10", "2020-10-14");

        decide("PB-2020-09", itemId(adopt("PB-2020-09"), "GUIDANCE", "7BRD20006"), "GUIDANCE_GIVEN",
                "extend to March and report monthly", List.of()).statusCode(201);

        assertThat(itemsOf(agenda("PB-2020-10"), "7BRD20006")).isEmpty();
        given().when().get("/api/projects/7BRD20006").then().body("status", equalTo("ONGOING"));
    }

    @Test
    void anItemOfAnotherMeetingIsRefusedAndNothingIsStoredOrEmitted() {
        BoardSteps.proposedSince("7BRD20007", "2020-01-06");
        BoardSteps.meeting("PB-2020-11", "2020-11-11");
        BoardSteps.meeting("PB-2020-12", "2020-12-09");
        long item = itemId(adopt("PB-2020-11"), "NEW_PROPOSAL", "7BRD20007");
        adopt("PB-2020-12");
        Trace before = trace();

        decide("PB-2020-12", item, "APPROVED", "fine", List.of()).statusCode(422)
                .body("type", equalTo("urn:bdt-portfolio:problem:unprocessable"))
                .body("errors.field", contains("itemId"))
                .body("detail", equalTo("item " + item + " is on the agenda of PB-2020-11, not PB-2020-12"));
        decide("PB-2020-12", 987654321L, "APPROVED", "fine", List.of()).statusCode(422)
                .body("detail", equalTo("no agenda item 987654321"));

        assertThat(trace()).isEqualTo(before);
    }

    @Test
    void anOutcomeTheItemsKindDoesNotAdmitIsRefused() {
        BoardSteps.ongoing("7BRD20008", "2017-02-01", "2020-12-31");
        BoardSteps.meeting("PB-2021-01", "2021-01-13");
        long item = itemId(adopt("PB-2021-01"), "GUIDANCE", "7BRD20008");
        Trace before = trace();

        decide("PB-2021-01", item, "REJECTED", "no", List.of()).statusCode(422)
                .body("errors.field", contains("outcome"))
                .body("detail", equalTo("REJECTED is not an outcome for a GUIDANCE item: [DEFERRED, GUIDANCE_GIVEN]"));

        assertThat(trace()).isEqualTo(before);
    }

    @Test
    void aSecondDecisionOnAnItemIsAConflict() {
        BoardSteps.proposedSince("7BRD20009", "2020-01-06");
        BoardSteps.meeting("PB-2021-02", "2021-02-10");
        long item = itemId(adopt("PB-2021-02"), "NEW_PROPOSAL", "7BRD20009");
        decide("PB-2021-02", item, "DEFERRED", "later", List.of()).statusCode(201);
        Trace before = trace();

        decide("PB-2021-02", item, "APPROVED", "now", List.of()).statusCode(409)
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("detail", equalTo("item " + item + " is already decided: DEFERRED"));

        assertThat(trace()).isEqualTo(before);
        given().when().get("/api/projects/7BRD20009").then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void aDecisionOnADraftAgendaIsAConflictThatSaysToAdoptItFirst() {
        BoardSteps.meeting("PB-2021-03", "2021-03-10");

        decide("PB-2021-03", 1L, "APPROVED", "fine", List.of()).statusCode(409)
                .body("detail", equalTo("the agenda of PB-2021-03 is a draft: adopt it "
                        + "(POST /api/board/meetings/PB-2021-03/agenda) first"));
    }

    @Test
    void anApprovalTheLifecycleRefusesIsTheIllegalTransitionProblemAndNothingIsStored() {
        BoardSteps.proposedSince("7BRD20010", "2020-01-06");
        BoardSteps.meeting("PB-2021-04", "2021-04-14");
        long item = itemId(adopt("PB-2021-04"), "NEW_PROPOSAL", "7BRD20010");
        given().contentType(ContentType.JSON).body(Map.of("to", "CANCELLED", "reason", "withdrawn", "changedOn", "2021-04-01"))
                .when().post("/api/projects/7BRD20010/transitions").then().statusCode(201);
        Trace before = trace();

        decide("PB-2021-04", item, "APPROVED", "fine", List.of(action("sign", "a.manager", "2021-05-01")))
                .statusCode(409)
                .body("type", equalTo("urn:bdt-portfolio:problem:illegal-transition"))
                .body("detail", equalTo("project 7BRD20010 is CANCELLED: it cannot become APPROVED (CANCELLED is final)"));

        assertThat(trace()).isEqualTo(before);
        assertThat(agenda("PB-2021-04").getString("items.find { it.itemId == %d }.outcome".formatted(item))).isNull();
    }

    @Test
    void aDecisionWithoutTextOrWithAnActionDueBeforeTheMeetingIsAValidationProblem() {
        BoardSteps.proposedSince("7BRD20011", "2020-01-06");
        BoardSteps.meeting("PB-2021-05", "2021-05-12");
        long item = itemId(adopt("PB-2021-05"), "NEW_PROPOSAL", "7BRD20011");
        Trace before = trace();

        decide("PB-2021-05", item, "APPROVED", " ", List.of()).statusCode(400).body("errors.field", contains("text"));
        decide("PB-2021-05", item, "APPROVED", "ok", List.of(Map.of("description", "x", "dueOn", "2021-06-01")))
                .statusCode(400).body("errors.field", contains("actions[0].owner"));
        decide("PB-2021-05", item, "APPROVED", "ok", List.of(action("x", "a.manager", "2021-05-11")))
                .statusCode(400).body("errors.field", contains("actions[0].dueOn"));
        decide("PB-2021-05", item, "MAYBE", "ok", List.of()).statusCode(400).body("errors.field", contains("outcome"));

        assertThat(trace()).isEqualTo(before);
        given().when().get("/api/projects/7BRD20011").then().body("status", equalTo("PROPOSED"));
    }

    /** What a refused decision must leave as it was. */
    private record Trace(long decisions, long actions, long events) {
    }

    private Trace trace() {
        return new Trace(rows.boardDecisions(), rows.boardActions(), rows.outboxEvents());
    }
}
