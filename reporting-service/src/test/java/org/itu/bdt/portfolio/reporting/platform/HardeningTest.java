package org.itu.bdt.portfolio.reporting.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.kit.testing.PortalCors;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;

/**
 * Bodies are bounded, JSON this version did not write is read without failing on what it does not know, a browser
 * may call only from a portal's origin, and a failure says nothing of the service's insides (docs/security.md,
 * "Hardening").
 */
@QuarkusTest
class HardeningTest {

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    @Inject
    ReadModelTables tables;

    @AfterEach
    void unlockForTheOtherTests() {
        tables.unlockAllQuarters();
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsAProblemBeforeItIsRead() {
        given().contentType(ContentType.JSON).body("{\"note\":\"" + "x".repeat(17 * 1024) + "\"}")
                .when().post("/api/reports/quarterly/2020-Q1/lock").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:payload-too-large"));

        given().get("/api/reports/quarterly/2020-Q1/lock").then().statusCode(404);
    }

    @Test
    void anEventWithAPropertyThisVersionDoesNotKnowIsAppliedAsANewerProducerMeantIt() {
        readModel.apply(projectRegistered("9HRD24001", "AFRICA", "ONGOING", "2024-03-12", null)
                        .with(Map.of("sustainableDevelopmentGoals", "9")),
                agreementSigned("9HRD24001-01", "9HRD24001", "PARTNER", "1000.00", "2024-03-12")
                        .with(Map.of("signatory", Map.of("name", "A. Partner"))));

        given().queryParam("asOf", "2024-12-31").get("/api/reports/portfolio-by-region").then().statusCode(200)
                .body("regions.find { it.region == 'AFRICA' }.partnerFunding", equalTo(1000.00f));
    }

    @Test
    void aQuarterLockedWithAFieldThisVersionDroppedStillAnswersItsLockedReport() {
        String locked = given().post("/api/reports/quarterly/2020-Q1/lock").then().statusCode(201).extract()
                .path("lockedAt");
        tables.mergeIntoLockedReport("2020-Q1", "{\"retiredFigure\": 7}");

        given().get("/api/reports/quarterly/2020-Q1").then().statusCode(200)
                .body("lock.lockedAt", equalTo(locked))
                .body("report.period", equalTo("2020-Q1"));
    }

    @Test
    void aFailureInsideTheServiceIsAProblemWithoutStackTraceOrSql() {
        given().post("/api/reports/quarterly/2020-Q2/lock").then().statusCode(201);
        tables.mergeIntoLockedReport("2020-Q2", "{\"figures\": \"no longer figures\"}");

        String problem = given().get("/api/reports/quarterly/2020-Q2").then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:internal-error"))
                .body("detail", equalTo("the server failed; the failure is logged"))
                .extract().asString();
        assertThat(problem).doesNotContainIgnoringCase("exception").doesNotContain("at org.")
                .doesNotContain("quarter_lock").doesNotContain("no longer figures").doesNotContainIgnoringCase("select");
    }

    @Test
    void aPortalsPreflightIsAllowedWithTheHeadersTheApiUses() {
        PortalCors.portalPreflight("/api/reports/quarterly/2020-Q3/lock", "POST", "authorization,x-request-id")
                .header("Access-Control-Allow-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Allow-Credentials", equalTo("false"));
        PortalCors.portalCall("/api/reports/portfolio-by-region")
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"));
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        PortalCors.strangerPreflightIsRefused("/api/reports/portfolio-by-region");
    }
}
