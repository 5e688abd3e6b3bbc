package org.itu.bdt.portfolio.projects.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.itu.bdt.portfolio.kit.testing.PortalCors;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A body is read only if it is the size and shape the operation expects, and a browser may call only from a
 * portal's origin (docs/security.md, "Hardening").
 */
@QuarkusTest
class HardeningTest {

    @Test
    void aBodyWithAPropertyTheOperationDoesNotKnowIsRefusedNamingIt() {
        given().contentType(ContentType.JSON)
                .body(ProjectJson.with(ProjectJson.project("7HRD28001"), "fundingPartner", "EC"))
                .when().post("/api/projects").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", contains("fundingPartner"));
        given().when().get("/api/projects/7HRD28001").then().statusCode(404);
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsAProblemBeforeItIsRead() {
        String description = "x".repeat(4 * 1024 * 1024);

        given().contentType(ContentType.JSON)
                .body(ProjectJson.with(ProjectJson.project("7HRD28002"), "description", description))
                .when().post("/api/projects").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:payload-too-large"));
        given().when().get("/api/projects/7HRD28002").then().statusCode(404);
    }

    @Test
    void aPortalsPreflightIsAllowedWithTheHeadersTheApiUses() {
        PortalCors.portalPreflight("/api/projects/7HRD28003", "PUT", "authorization,content-type,if-match")
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
        PortalCors.portalCall("/api/projects");
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        PortalCors.strangerPreflightIsRefused("/api/projects");
    }
}
