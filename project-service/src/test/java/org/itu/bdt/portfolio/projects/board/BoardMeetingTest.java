package org.itu.bdt.portfolio.projects.board;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.itu.bdt.portfolio.projects.support.BoardSteps;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BoardMeetingTest {

    @Test
    void aScheduledMeetingIsReadBackWithItsAttendeesInOrder() {
        given().contentType(ContentType.JSON)
                .body(Map.of("meetingNumber", "PB-2018-11", "meetingDate", "2018-11-14",
                        "attendees", List.of("BDT Director", "Chief, PPI", "Head, project support")))
                .when().post("/api/board/meetings").then().statusCode(201)
                .header("Location", endsWith("/api/board/meetings/PB-2018-11"))
                .body("meetingDate", equalTo("2018-11-14"))
                .body("agendaAdoptedAt", nullValue());

        given().when().get("/api/board/meetings/PB-2018-11").then().statusCode(200)
                .body("meetingNumber", equalTo("PB-2018-11"))
                .body("attendees", contains("BDT Director", "Chief, PPI", "Head, project support"));
        given().when().get("/api/board/meetings").then().statusCode(200)
                .body("meetingNumber", hasItems("PB-2018-11"));
    }

    @Test
    void aMeetingNumberIsTakenOnce() {
        BoardSteps.meeting("PB-2018-12", "2018-12-12");

        given().contentType(ContentType.JSON)
                .body(Map.of("meetingNumber", "PB-2018-12", "meetingDate", "2018-12-19", "attendees", List.of()))
                .when().post("/api/board/meetings").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("errors.field", contains("meetingNumber"));
        given().when().get("/api/board/meetings/PB-2018-12").then().body("meetingDate", equalTo("2018-12-12"));
    }

    @Test
    void aMeetingWithoutDateOrWithABadNumberIsAValidationProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("meetingNumber", "board of May", "meetingDate", "2018-05-09", "attendees", List.of()))
                .when().post("/api/board/meetings").then().statusCode(400)
                .body("errors.field", contains("meetingNumber"))
                .body("errors.message", contains("must look like PB-2024-11"));
        given().contentType(ContentType.JSON)
                .body(Map.of("meetingNumber", "PB-2018-05", "attendees", List.of("BDT Director")))
                .when().post("/api/board/meetings").then().statusCode(400)
                .body("errors.field", contains("meetingDate"));
        given().when().get("/api/board/meetings/PB-2018-05").then().statusCode(404)
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"));
    }
}
