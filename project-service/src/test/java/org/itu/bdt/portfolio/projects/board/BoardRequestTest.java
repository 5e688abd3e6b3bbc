package org.itu.bdt.portfolio.projects.board;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.projects.support.BoardSteps;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BoardRequestTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSupplementRequestForAnOngoingProjectIsPendingFromToday() {
        BoardSteps.ongoing("7BRD21001", "2018-02-01", "2022-12-31");
        clock.setToday(LocalDate.parse("2021-06-03"));

        BoardSteps.request("SUPPLEMENT", "7BRD21001", "CHF 120,000 more from the partner").statusCode(201)
                .body("kind", equalTo("SUPPLEMENT"))
                .body("requestedBy", equalTo("a.manager"))
                .body("requestedOn", equalTo("2021-06-03"))
                .body("status", equalTo("PENDING"))
                .body("outcome", nullValue());

        given().when().get("/api/board/requests?status=pending").then().statusCode(200)
                .body("status", everyItem(equalTo("PENDING")))
                .body("findAll { it.projectNumber == '7BRD21001' }.summary", contains("CHF 120,000 more from the partner"));
    }

    @Test
    void aSupplementOrClosureForAProjectThatIsNotOngoingIsAConflict() {
        BoardSteps.proposedSince("7BRD21002", "2021-01-04");

        BoardSteps.request("SUPPLEMENT", "7BRD21002", "more money").statusCode(409)
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("detail", equalTo("project 7BRD21002 is PROPOSED: a SUPPLEMENT request needs an ONGOING project"));
        BoardSteps.request("CLOSURE", "7BRD21002", "done").statusCode(409);
        BoardSteps.request("GUIDANCE", "7BRD21002", "the partner hesitates").statusCode(201);
        given().when().get("/api/board/requests").then()
                .body("findAll { it.projectNumber == '7BRD21002' }.kind", contains("GUIDANCE"));
    }

    @Test
    void aSecondPendingRequestOfTheSameKindIsAConflict() {
        BoardSteps.ongoing("7BRD21003", "2018-02-01", "2022-12-31");
        BoardSteps.request("CLOSURE", "7BRD21003", "outputs delivered").statusCode(201);

        BoardSteps.request("CLOSURE", "7BRD21003", "outputs delivered, again").statusCode(409)
                .body("errors.field", contains("kind"));
        given().when().get("/api/board/requests").then()
                .body("findAll { it.projectNumber == '7BRD21003' }", hasSize(1));
    }

    @Test
    void aRequestForAnUnknownProjectOrANewProposalOrWithoutSummaryIsRefused() {
        BoardSteps.request("GUIDANCE", "7BRD21999", "help").statusCode(422)
                .body("type", equalTo("urn:bdt-portfolio:problem:unprocessable"))
                .body("errors.field", contains("projectNumber"));
        BoardSteps.ongoing("7BRD21004", "2018-02-01", "2022-12-31");
        BoardSteps.request("NEW_PROPOSAL", "7BRD21004", "a proposal").statusCode(400)
                .body("errors.field", contains("kind"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "CLOSURE", "projectNumber", "7BRD21004",
                "requestedBy", "a.manager")).when().post("/api/board/requests").then().statusCode(400)
                .body("errors.field", contains("summary"));
        given().when().get("/api/board/requests?status=maybe").then().statusCode(400)
                .body("errors.field", contains("status"));
        given().when().get("/api/board/requests").then()
                .body("findAll { it.projectNumber == '7BRD21004' }", hasSize(0));
    }
}
