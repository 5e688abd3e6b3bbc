package org.itu.bdt.portfolio.projects.board;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.projects.support.BoardSteps;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.DatabaseRows.OutboxRow;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.action;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.adopt;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.decide;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.itemId;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.type;

@QuarkusTest
class BoardActionTest {

    @Inject
    MovableClock clock;
    @Inject
    DatabaseRows rows;

    private static boolean decided;

    /** One decision, two actions for one owner (due in July and in September 2022), one for another. */
    @BeforeEach
    void decideOnce() {
        if (decided) {
            return;
        }
        BoardSteps.proposedSince("7BRD22001", "2022-01-03");
        BoardSteps.meeting("PB-2022-06", "2022-06-08");
        decide("PB-2022-06", itemId(adopt("PB-2022-06"), "NEW_PROPOSAL", "7BRD22001"), "APPROVED", "approved",
                List.of(action("send the signed agreement", "owner.one", "2022-07-15"),
                        action("hire the project officer", "owner.one", "2022-09-30"),
                        action("brief the regional office", "owner.two", "2022-07-01")))
                .statusCode(201);
        decided = true;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void openActionsAreListedByDueDateAndOverdueOnesArePastTheirDateAsOfToday() {
        clock.setToday(LocalDate.parse("2022-08-01"));

        actions("status=open&owner=owner.one")
                .body("description", contains("send the signed agreement", "hire the project officer"))
                .body("overdue", contains(true, false));
        actions("status=overdue&owner=owner.one").body("description", contains("send the signed agreement"));
        clock.setToday(LocalDate.parse("2022-07-15"));
        actions("status=overdue&owner=owner.one").body("", empty());
    }

    @Test
    void aCompletedActionIsDoneTodayWithItsNoteAndItsChangeIsEmitted() {
        clock.setToday(LocalDate.parse("2022-07-02"));
        long id = actions("status=open&owner=owner.two").extract().jsonPath().getLong("[0].actionId");

        complete(id, "briefed on 2 July").statusCode(200)
                .body("status", equalTo("DONE"))
                .body("completedOn", equalTo("2022-07-02"))
                .body("completionNote", equalTo("briefed on 2 July"))
                .body("overdue", equalTo(false));

        actions("status=done&owner=owner.two").body("actionId", contains((int) id));
        actions("status=open&owner=owner.two").body("", empty());
        List<OutboxRow> events = rows.outboxEventsOf("7BRD22001");
        assertThat(events.get(events.size() - 1).eventType()).isEqualTo(type("BoardActionChanged"));
        complete(id, "again").statusCode(409).body("type", equalTo("urn:bdt-portfolio:problem:conflict"));
    }

    @Test
    void completingAnUnknownActionOrWithoutANoteIsRefused() {
        complete(987654321L, "done").statusCode(404);
        long id = actions("status=open&owner=owner.one").extract().jsonPath().getLong("[0].actionId");
        long events = rows.outboxEvents();

        given().contentType(ContentType.JSON).body(Map.of()).when()
                .post("/api/board/actions/" + id + "/completion").then().statusCode(400)
                .body("errors.field", contains("note"));
        actions("status=later").statusCode(400).body("errors.field", contains("status"));
        assertThat(rows.outboxEvents()).isEqualTo(events);
    }

    @Test
    void aCompletionNamingItsNoteTwiceIsMalformedJsonAndCompletesNothing() {
        long id = actions("status=open&owner=owner.one").extract().jsonPath().getLong("[0].actionId");
        long events = rows.outboxEvents();

        given().contentType(ContentType.JSON).body("{\"note\":\"done\",\"note\":\"not done\"}").when()
                .post("/api/board/actions/" + id + "/completion").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:malformed-json"));
        assertThat(rows.outboxEvents()).isEqualTo(events);
    }

    private static ValidatableResponse actions(String query) {
        return given().when().get("/api/board/actions?" + query).then();
    }

    private static ValidatableResponse complete(long id, String note) {
        return given().contentType(ContentType.JSON).body(Map.of("note", note))
                .when().post("/api/board/actions/" + id + "/completion").then();
    }
}
