package org.itu.bdt.portfolio.funding.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @Test
    void theOpenApiDocumentDescribesTheAgreementsApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("BDT portfolio funding-service"))
                .body("paths", hasKey("/api/agreements/{agreementNumber}/amendments"));
    }

    /** What the framework refuses before any resource runs is a problem of the catalogue too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown address | GET | /api/nothing-here | | | 404 | not-found",
            "a method not served | DELETE | /api/partners | | | 405 | method-not-allowed",
            "an unsupported body | POST | /api/partners | text/plain | partner | 415 | unsupported-media-type",
            "JSON cut short | POST | /api/partners | application/json | {\"partnerId\": | 400 | malformed-json"})
    void aRefusalOfTheFrameworkIsAProblem(String refusal, String method, String path, String contentType,
                                          String body, int status, String slug) {
        RequestSpecification request = given();
        if (contentType != null) {
            request = request.contentType(contentType).body(body);
        }
        request.when().request(method, path)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:" + slug))
                .body("status", equalTo(status))
                .body("instance", equalTo(path));
    }

    @Test
    void theAuditTrailIsReadFromItsOwnTable() {
        given().queryParam("entity", "agreement").when().get("/api/audit")
                .then().statusCode(200)
                .contentType("application/json");
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("# TYPE portfolio_outbox_pending gauge"));
    }
}
