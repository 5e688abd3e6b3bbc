package org.itu.bdt.portfolio.projects.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.projects.support.ProjectJson.with;

/** The record's own rules (countries, initiatives, dates, documents): a 400 naming the field, nothing kept. */
@QuarkusTest
class BadProjectRecordInputTest {

    private static final String VALIDATION_FAILED = "urn:bdt-portfolio:problem:validation-failed";
    private static final Map<String, Object> VALID = ProjectJson.fullRecord("7RAS24990");

    @Inject
    DatabaseRows rows;

    private long projectsBefore;
    private long outboxEventsBefore;

    @BeforeEach
    void countRows() {
        projectsBefore = rows.projects();
        outboxEventsBefore = rows.outboxEvents();
    }

    @AfterEach
    void nothingWasStoredOrEmitted() {
        assertThat(rows.projects()).isEqualTo(projectsBefore);
        assertThat(rows.outboxEvents()).isEqualTo(outboxEventsBefore);
    }

    @Test
    void anUnknownCountryIsRejectedNamingItsIndex() {
        rejected(with(VALID, "recipientCountries", List.of("TH", "ZZ")), "recipientCountries[1]")
                .body("errors[0].message", equalTo("must be an ISO 3166-1 alpha-2 country code, e.g. TH"));
    }

    @Test
    void anInitiativeOfAnotherRegionIsRejectedNamingItsIndex() {
        rejected(with(VALID, "regionalInitiatives", List.of("ASP5", "AFR2")), "regionalInitiatives[1]")
                .body("errors[0].message", equalTo("AFR2 is not an initiative of ASIA_PACIFIC; expected ASP1 to 5"));
    }

    @Test
    void aSingleInitiativeOfAnotherRegionIsRejectedNamingTheSingleField() {
        Map<String, Object> body = with(ProjectJson.without(VALID, "regionalInitiatives"), "regionalInitiative", "EUR2");

        rejected(body, "regionalInitiative");
    }

    @Test
    void aSingleFieldThatContradictsTheListIsRejectedNamingIt() {
        rejected(with(VALID, "regionalInitiative", "ASP1"), "regionalInitiative")
                .body("errors[0].message", equalTo("must be ASP5 for these regionalInitiatives, or absent"));
    }

    @Test
    void anUnknownInitiativeInTheListIsRejectedNamingItsIndex() {
        rejected(with(VALID, "regionalInitiatives", List.of("ASP9")), "regionalInitiatives[0]");
    }

    @Test
    void aPlannedEndBeforeThePlannedStartIsRejectedNamingIt() {
        rejected(with(with(VALID, "plannedStartDate", "2024-03-01"), "plannedEndDate", "2024-02-29"), "plannedEndDate")
                .body("errors[0].message", equalTo("must not be before plannedStartDate 2024-03-01"));
    }

    @Test
    void anActualEndBeforeTheActualStartIsRejectedNamingIt() {
        rejected(with(VALID, "actualEndDate", "2024-03-03"), "actualEndDate");
    }

    @Test
    void aDocumentWithoutAWebAddressIsRejectedNamingIt() {
        rejected(with(VALID, "documents", List.of(Map.of("title", "Agreement", "url", "file:///c:/agreement.pdf"))),
                "documents[0].url");
    }

    @Test
    void aDocumentWithoutTitleIsRejectedNamingIt() {
        rejected(with(VALID, "documents", List.of(Map.of("url", "https://www.itu.int/a.pdf"))), "documents[0].title");
    }

    @Test
    void anOverlongDescriptionOrManagerIsRejectedNamingIt() {
        rejected(with(VALID, "description", "x".repeat(4001)), "description");
        rejected(with(VALID, "projectManager", "x".repeat(201)), "projectManager");
    }

    @Test
    void anInvalidUpdateOfTheRecordChangesNothing() {
        given().contentType(ContentType.JSON).body(ProjectJson.fullRecord("7RAS24991"))
                .when().post("/api/projects").then().statusCode(201);
        projectsBefore = rows.projects();
        outboxEventsBefore = rows.outboxEvents();

        given().contentType(ContentType.JSON)
                .body(with(ProjectJson.fullRecord("7RAS24991"), "recipientCountries", List.of("GB", "TH", "T1")))
                .when().put("/api/projects/7RAS24991")
                .then().statusCode(400)
                .body("errors.field", contains("recipientCountries[2]"));
        given().when().get("/api/projects/7RAS24991").then().body("recipientCountries", contains("TH", "MN"));
    }

    @Test
    void anUpdateMayRepeatTheProjectNumberButNotChangeIt() {
        given().contentType(ContentType.JSON).body(ProjectJson.fullRecord("7RAS24992"))
                .when().post("/api/projects").then().statusCode(201);
        projectsBefore = rows.projects();
        outboxEventsBefore = rows.outboxEvents();

        given().contentType(ContentType.JSON).body(ProjectJson.fullRecord("7RAS24993"))
                .when().put("/api/projects/7RAS24992")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("projectNumber"));
        given().contentType(ContentType.JSON).body(with(ProjectJson.fullRecord("7RAS24992"), "version", 1))
                .when().put("/api/projects/7RAS24992")
                .then().statusCode(400)
                .body("errors.field", contains("version"));
        given().when().get("/api/projects/7RAS24993").then().statusCode(404);
        given().contentType(ContentType.JSON).body(ProjectJson.fullRecord("7RAS24992"))
                .when().put("/api/projects/7RAS24992").then().statusCode(200);
    }

    private static ValidatableResponse rejected(Map<String, Object> body, String field) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/projects")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors.field", contains(field));
    }
}
