package org.itu.bdt.portfolio.projects.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.itu.bdt.portfolio.projects.support.ProjectJson.with;
import static org.itu.bdt.portfolio.projects.support.ProjectJson.without;

@QuarkusTest
class ProjectRecordTest {

    @Test
    void theFullRecordIsStoredAndReadBack() {
        register(ProjectJson.fullRecord("7RAS24074"));

        given().when().get("/api/projects/7RAS24074")
                .then().statusCode(200)
                .body("description", equalTo("Resilient backbone and emergency networks for Thailand and Mongolia"))
                .body("regionalInitiative", equalTo("ASP5"))
                .body("regionalInitiatives.code", contains("ASP5"))
                .body("regionalInitiatives.label", contains("Secure and resilient ICT"))
                .body("recipientCountries", contains("TH", "MN"))
                .body("projectManager", equalTo("A. Project-Manager"))
                .body("implementingOffice", equalTo("ITU Regional Office for Asia and the Pacific, Bangkok"))
                .body("plannedStartDate", equalTo("2024-03-01"))
                .body("plannedEndDate", equalTo("2026-12-31"))
                .body("actualStartDate", equalTo("2024-03-04"))
                .body("actualEndDate", nullValue())
                .body("documents.title", contains("Project document"))
                .body("documents.url", contains("https://www.itu.int/projects/7RAS24074/project-document.pdf"));
    }

    @Test
    void severalInitiativesAreListedAndTheSingleFieldSaysMultiple() {
        register(with(ProjectJson.fullRecord("7RAS24075"), "regionalInitiatives", List.of("ASP1", "ASP5")));

        given().when().get("/api/projects/7RAS24075")
                .then().statusCode(200)
                .body("regionalInitiative", equalTo("MULTIPLE"))
                .body("regionalInitiatives.code", contains("ASP1", "ASP5"))
                .body("regionalInitiatives.label", contains("LDCs, SIDS and LLDCs", "Secure and resilient ICT"));
    }

    @Test
    void theSingleFieldAloneStillSetsTheInitiative() {
        register(with(without(ProjectJson.fullRecord("7RAS24076"), "regionalInitiatives"), "regionalInitiative",
                "ASP2"));

        given().when().get("/api/projects/7RAS24076")
                .then().body("regionalInitiative", equalTo("ASP2"))
                .body("regionalInitiatives.code", contains("ASP2"));
    }

    @Test
    void aProjectMarkedMultipleListsMultipleWithItsLabel() {
        register(with(ProjectJson.project("7GLO24140", "INTER_REGIONAL", "ONGOING"), "scope", "INTER_REGIONAL"));

        given().when().get("/api/projects/7GLO24140")
                .then().body("regionalInitiative", equalTo("MULTIPLE"))
                .body("regionalInitiatives.code", contains("MULTIPLE"))
                .body("regionalInitiatives.label", contains("Multiple"));
    }

    @Test
    void anUpdateReplacesTheListsAndDatesAndGrowsTheVersion() {
        register(ProjectJson.fullRecord("7RAS24077"));
        Map<String, Object> changed = with(with(with(ProjectJson.fullRecord("7RAS24077"),
                "recipientCountries", List.of("MN")), "documents", List.of()), "actualEndDate", "2026-11-30");

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed)
                .when().put("/api/projects/7RAS24077")
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("recipientCountries", contains("MN"))
                .body("documents", empty())
                .body("actualEndDate", equalTo("2026-11-30"));
        given().when().get("/api/projects/7RAS24077")
                .then().body("recipientCountries", contains("MN")).body("version", equalTo(2));
    }

    @Test
    void theSameFullRecordSentAgainChangesNothing() {
        register(ProjectJson.fullRecord("7RAS24078"));

        given().contentType(ContentType.JSON).body(ProjectJson.fullRecord("7RAS24078"))
                .when().put("/api/projects/7RAS24078")
                .then().statusCode(200)
                .header("ETag", "\"1\"");
    }

    @Test
    void theCodelistOfARegionListsItsInitiativesWithLabels() {
        given().queryParam("region", "ASIA_PACIFIC")
                .when().get("/api/regional-initiatives")
                .then().statusCode(200)
                .body("code", contains("ASP1", "ASP2", "ASP3", "ASP4", "ASP5", "MULTIPLE"))
                .body("[4].label", equalTo("Secure and resilient ICT"));
    }

    @Test
    void theWholeCodelistHasEveryRegionsInitiatives() {
        given().when().get("/api/regional-initiatives")
                .then().statusCode(200)
                .body("size()", equalTo(31))
                .body("[0].code", equalTo("AFR1"));
    }

    @Test
    void theCodelistOfAnUnknownRegionIsRejectedNamingRegion() {
        given().queryParam("region", "ATLANTIS")
                .when().get("/api/regional-initiatives")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("region"));
    }

    private static void register(Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/projects").then().statusCode(201);
    }
}
