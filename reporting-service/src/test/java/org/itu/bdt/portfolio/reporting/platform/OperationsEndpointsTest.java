package org.itu.bdt.portfolio.reporting.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void theOpenApiDocumentDescribesTheReport() {
        given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200)
                .body("paths", hasKey("/api/reports/portfolio-by-region"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("jvm_threads_live_threads"));
    }
}
