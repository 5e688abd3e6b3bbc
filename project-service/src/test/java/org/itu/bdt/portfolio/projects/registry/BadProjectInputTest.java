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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.itu.bdt.portfolio.projects.support.ProjectJson.with;
import static org.itu.bdt.portfolio.projects.support.ProjectJson.without;

/** Every rejected request answers a problem naming the offending fields and stores and emits nothing. */
@QuarkusTest
class BadProjectInputTest {

    private static final String VALIDATION_FAILED = "urn:bdt-portfolio:problem:validation-failed";
    private static final String MALFORMED_JSON = "urn:bdt-portfolio:problem:malformed-json";
    private static final Map<String, Object> VALID = ProjectJson.project("9RAF24990");

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
    void malformedJsonIsAMalformedJsonProblem() {
        post("{\"projectNumber\": \"9RAF24990\", \"title\": ")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(MALFORMED_JSON))
                .body("title", equalTo("Malformed JSON"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/projects"))
                .body("errors", nullValue());
    }

    @Test
    void aFieldOfTheWrongShapeIsAMalformedJsonProblemNamingIt() {
        post(with(VALID, "title", Map.of("en", "Connecting schools")))
                .statusCode(400)
                .body("type", equalTo(MALFORMED_JSON))
                .body("errors.field", contains("title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9RA24107", "8RAF24107", "9raf24107", "9RAF241070", "9RAF2410A"})
    void aBadProjectNumberIsRejectedNamingIt(String projectNumber) {
        post(with(VALID, "projectNumber", projectNumber))
                .statusCode(400)
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors.field", contains("projectNumber"))
                .body("errors[0].message", equalTo("must be 7 or 9, three capital letters and five digits, e.g. 9RAF24107"));
    }

    @Test
    void anUnknownRegionIsRejectedNamingIt() {
        post(with(VALID, "region", "ATLANTIS"))
                .statusCode(400)
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors.field", contains("region"))
                .body("errors[0].message", equalTo(
                        "must be one of AFRICA, AMERICAS, ARAB_STATES, ASIA_PACIFIC, CIS, EUROPE, INTER_REGIONAL"));
    }

    @Test
    void anUnknownStatusIsRejectedNamingIt() {
        post(with(VALID, "status", "FINISHED"))
                .statusCode(400)
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors.field", contains("status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"startDate=-999999999-01-01", "signedOn=+99999-03-05", "endDate=1899-12-31",
            "actualEndDate=+999999999-12-31"})
    void aDateOutsideTheYears1900To9999IsRejectedNamingItNotAnsweredAs500(String field) {
        String[] change = field.split("=");
        post(with(VALID, change[0], change[1]))
                .statusCode(400)
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors.field", contains(change[0]))
                .body("errors[0].message", equalTo("must be an ISO date (YYYY-MM-DD) from 1900-01-01 to 9999-12-31"));
        given().when().get("/api/projects/" + VALID.get("projectNumber")).then().statusCode(404);
    }

    @Test
    void anEndBeforeTheStartIsRejectedNamingEndDate() {
        post(with(with(VALID, "startDate", "2024-04-01"), "endDate", "2024-03-31"))
                .statusCode(400)
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors.field", contains("endDate"))
                .body("errors[0].message", equalTo("must not be before startDate 2024-04-01"));
    }

    @Test
    void anImpossibleDateIsRejectedNamingIt() {
        post(with(VALID, "signedOn", "2024-02-30"))
                .statusCode(400)
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors.field", contains("signedOn"))
                .body("errors[0].message", equalTo("must be an ISO date (YYYY-MM-DD)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AFR6", "AFR0", "EUROPE1", "afr2", "MULTI", "OCE1"})
    void aBadRegionalInitiativeIsRejectedNamingIt(String initiative) {
        post(with(VALID, "regionalInitiative", initiative))
                .statusCode(400)
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors.field", contains("regionalInitiative"))
                .body("errors[0].message", equalTo(
                        "must be AFR, AMS, ARB, ASP, CIS or EUR followed by 1 to 5, or MULTIPLE"));
    }

    @Test
    void missingRequiredFieldsAreAllNamed() {
        post(Map.of("regionalInitiative", "MULTIPLE"))
                .statusCode(400)
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors.field", contains("projectNumber", "region", "scope", "title"));
    }

    @Test
    void aTitleOver300CharactersIsRejectedNamingIt() {
        post(with(VALID, "title", "x".repeat(301)))
                .statusCode(400)
                .body("errors.field", contains("title"));
    }

    @Test
    void aBlankScopeIsRejectedNamingIt() {
        post(without(VALID, "scope"))
                .statusCode(400)
                .body("errors.field", contains("scope"));
    }

    @Test
    void anEmptyBodyIsRejected() {
        given().contentType(ContentType.JSON).when().post("/api/projects")
                .then().statusCode(400)
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors.field", contains("body"));
    }

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/projects").then();
    }
}
