package org.itu.bdt.portfolio.projects.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ProjectListTest {

    @Inject
    DatabaseRows rows;

    @BeforeEach
    void registerAPortfolio() {
        rows.deleteProjects();
        register("9RAF24107", "AFRICA", "ONGOING");
        register("7RAF24001", "AFRICA", "ONGOING");
        register("7SEN24002", "AFRICA", "PROPOSED");
        register("7MNE24002", "EUROPE", "ONGOING");
        register("7GLO24139", "INTER_REGIONAL", "APPROVED");
    }

    @Test
    void listingFiltersByRegionAndStatusSortedByProjectNumber() {
        given().queryParam("region", "AFRICA").queryParam("status", "ONGOING")
                .when().get("/api/projects")
                .then().statusCode(200)
                .body("items.projectNumber", contains("7RAF24001", "9RAF24107"))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(1));
    }

    @Test
    void listingFiltersByRegionAlone() {
        given().queryParam("region", "AFRICA")
                .when().get("/api/projects")
                .then().statusCode(200)
                .body("items.projectNumber", contains("7RAF24001", "7SEN24002", "9RAF24107"))
                .body("totalItems", equalTo(3));
    }

    @Test
    void listingFiltersByStatusAlone() {
        given().queryParam("status", "ONGOING")
                .when().get("/api/projects")
                .then().statusCode(200)
                .body("items.projectNumber", contains("7MNE24002", "7RAF24001", "9RAF24107"))
                .body("totalItems", equalTo(3));
    }

    @Test
    void listingPaginatesInProjectNumberOrder() {
        given().queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/projects")
                .then().statusCode(200)
                .body("items.projectNumber", contains("7RAF24001", "7SEN24002"))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
    }

    @Test
    void aPageBeyondTheLastIsEmpty() {
        given().queryParam("page", 3).queryParam("size", 2)
                .when().get("/api/projects")
                .then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-1", "many"})
    void aPageSizeOutsideOneTo200IsRejectedNamingSize(String size) {
        given().queryParam("size", size)
                .when().get("/api/projects")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", contains("size"))
                .body("errors[0].message", equalTo("must be a whole number from 1 to 200"));
    }

    @Test
    void pageSize200IsAccepted() {
        given().queryParam("size", 200)
                .when().get("/api/projects")
                .then().statusCode(200)
                .body("size", equalTo(200))
                .body("totalPages", equalTo(1));
    }

    /** 107,374,183 × 20 is beyond an int: the page would start at a negative row (it was a 500). */
    @Test
    void aPageWhoseFirstRowIsBeyondTheLargestOffsetIsRejectedNamingPage() {
        given().queryParam("page", 107374183).queryParam("size", 20)
                .when().get("/api/projects")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", contains("page"))
                .body("errors[0].message", equalTo("must be a whole number from 0 to 107374182"));
        given().queryParam("page", 107374182).queryParam("size", 20)
                .when().get("/api/projects")
                .then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aNegativePageIsRejectedNamingPage() {
        given().queryParam("page", -1)
                .when().get("/api/projects")
                .then().statusCode(400)
                .body("errors.field", contains("page"));
    }

    @Test
    void anUnknownRegionIsRejectedNamingRegion() {
        given().queryParam("region", "ATLANTIS")
                .when().get("/api/projects")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("instance", equalTo("/api/projects"))
                .body("errors.field", contains("region"))
                .body("errors[0].message", equalTo(
                        "must be one of [AFRICA, AMERICAS, ARAB_STATES, ASIA_PACIFIC, CIS, EUROPE, INTER_REGIONAL]"));
    }

    @Test
    void anUnknownStatusIsRejectedNamingStatus() {
        given().queryParam("status", "FINISHED")
                .when().get("/api/projects")
                .then().statusCode(400)
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", contains("status"));
    }

    private static void register(String projectNumber, String region, String status) {
        Map<String, Object> body = ProjectJson.project(projectNumber, region, status);
        given().contentType(ContentType.JSON).body(body).when().post("/api/projects").then().statusCode(201);
    }
}
