package org.itu.bdt.portfolio.projects.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesRegex;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessIsUpWithDatabaseAndKafkaChecks() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Kafka connection health check' }.status", equalTo("UP"));
    }

    @Test
    void theOpenApiDocumentDescribesTheProjectsApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("BDT portfolio: project-service"))
                .body("paths.'/api/projects'.post.summary", equalTo("Register a project"))
                .body("paths.'/api/projects/{projectNumber}'.put.summary",
                        equalTo("Replace a project's editable fields"));
    }

    @Test
    void metricsExposeTheNumberOfPendingOutboxEvents() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("# TYPE portfolio_outbox_pending gauge"))
                .body(matchesRegex("(?s).*\\nportfolio_outbox_pending(\\{[^}]*\\})? \\d+(\\.\\d+)?\\n.*"));
    }
}
