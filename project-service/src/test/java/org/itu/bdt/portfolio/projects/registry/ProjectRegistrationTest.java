package org.itu.bdt.portfolio.projects.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProjectRegistrationTest {

    @Test
    void registeringAProjectAnswers201WithLocationAndVersionAndCanBeReadBack() {
        given().contentType(ContentType.JSON).body(ProjectJson.project("9RAF24201"))
                .when().post("/api/projects")
                .then().statusCode(201)
                .header("Location", endsWith("/api/projects/9RAF24201"))
                .header("ETag", "\"1\"")
                .body("projectNumber", equalTo("9RAF24201"))
                .body("version", equalTo(1));

        given().when().get("/api/projects/9RAF24201")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("ETag", "\"1\"")
                .body("projectNumber", equalTo("9RAF24201"))
                .body("title", equalTo("Connecting schools in the Sahel"))
                .body("region", equalTo("AFRICA"))
                .body("scope", equalTo("REGIONAL"))
                .body("regionalInitiative", equalTo("AFR2"))
                .body("signedOn", equalTo("2024-03-12"))
                .body("startDate", equalTo("2024-04-01"))
                .body("endDate", equalTo("2027-12-31"))
                .body("status", equalTo("ONGOING"))
                .body("version", equalTo(1));
    }

    @Test
    void aProjectRegisteredWithoutStatusIsProposedAndKeepsItsAbsentFieldsEmpty() {
        Map<String, Object> minimal = Map.of("projectNumber", "7BTN23069", "title", "Rural broadband",
                "region", "ASIA_PACIFIC", "scope", "NATIONAL");

        given().contentType(ContentType.JSON).body(minimal)
                .when().post("/api/projects")
                .then().statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("regionalInitiative", nullValue())
                .body("signedOn", nullValue())
                .body("startDate", nullValue())
                .body("endDate", nullValue());
    }

    @Test
    void readingAnUnknownProjectIsANotFoundProblem() {
        given().when().get("/api/projects/9XXX00000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("Project 9XXX00000 does not exist"))
                .body("instance", equalTo("/api/projects/9XXX00000"))
                .body("errors", nullValue());
    }
}
