package org.itu.bdt.portfolio.projects.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.itu.bdt.portfolio.projects.support.ProjectTopic;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.projects.support.ProjectJson.with;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.type;

@QuarkusTest
class DuplicateProjectTest {

    @Inject
    DatabaseRows rows;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void registeringATakenNumberIsAConflictThatChangesAndEmitsNothing() {
        register(ProjectJson.project("7CIS25001")).statusCode(201);
        long outboxEvents = rows.outboxEvents();

        register(with(ProjectJson.project("7CIS25001"), "title", "Another title"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("detail", equalTo("Project 7CIS25001 is already registered"))
                .body("errors.field", contains("projectNumber"));

        assertThat(rows.outboxEvents()).isEqualTo(outboxEvents);
        given().when().get("/api/projects/7CIS25001")
                .then().body("title", equalTo("Connecting schools in the Sahel")).body("version", equalTo(1));

        // the relay publishes in outbox order: once a later project's event is out, nothing else is coming
        register(ProjectJson.project("7CIS25002")).statusCode(201);
        try (ProjectTopic topic = new ProjectTopic(bootstrapServers)) {
            topic.awaitEvent("7CIS25002", type("ProjectRegistered"));
            assertThat(topic.receivedWithKey("7CIS25001"))
                    .extracting(record -> ProjectTopic.header(record, "ce_type"))
                    .containsExactly(type("ProjectStatusChanged"), type("ProjectRegistered"));
        }
    }

    private static ValidatableResponse register(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/projects").then();
    }
}
