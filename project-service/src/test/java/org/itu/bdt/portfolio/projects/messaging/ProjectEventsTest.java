package org.itu.bdt.portfolio.projects.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.DatabaseRows.OutboxRow;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.itu.bdt.portfolio.projects.support.ProjectTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.projects.support.ProjectJson.with;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.header;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.type;

@QuarkusTest
class ProjectEventsTest {

    @Inject
    DatabaseRows rows;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ProjectTopic topic;

    @BeforeEach
    void openTopic() {
        topic = new ProjectTopic(bootstrapServers);
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    @Test
    void registeringAProjectEmitsProjectRegisteredAsACloudEventKeyedByProjectNumber() {
        register(ProjectJson.project("9RAF24108"));

        ConsumerRecord<String, String> event = topic.awaitEvent("9RAF24108", type("ProjectRegistered"));

        OutboxRow row = rows.outboxEventsOf("9RAF24108").get(1);
        assertThat(event.topic()).isEqualTo("portfolio.projects.v1");
        assertThat(event.key()).isEqualTo("9RAF24108");
        assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(event, "ce_id")).isEqualTo(row.id());
        assertThat(header(event, "ce_type")).isEqualTo(type("ProjectRegistered"));
        assertThat(header(event, "ce_source")).isEqualTo("/bdt/project-service");
        // RFC 3339 lets a writer drop trailing zeros of the fraction: compare instants, not strings
        assertThat(Instant.parse(header(event, "ce_time"))).isEqualTo(row.occurredAt().toInstant());
        assertThat(header(event, "ce_subject")).isEqualTo("9RAF24108");
        assertThat(header(event, "content-type")).isEqualTo("application/json");
        assertThat(event.value()).isEqualTo("{\"projectNumber\":\"9RAF24108\",\"title\":\"Connecting schools in the Sahel\","
                + "\"region\":\"AFRICA\",\"scope\":\"REGIONAL\",\"regionalInitiative\":\"AFR2\",\"signedOn\":\"2024-03-12\","
                + "\"startDate\":\"2024-04-01\",\"endDate\":\"2027-12-31\",\"status\":\"ONGOING\",\"revision\":1,"
                + "\"description\":null,\"regionalInitiatives\":[{\"code\":\"AFR2\",\"label\":\"Infrastructure and connectivity\"}],"
                + "\"recipientCountries\":[],\"projectManager\":null,\"implementingOffice\":null,"
                + "\"plannedStartDate\":\"2024-04-01\",\"plannedEndDate\":\"2027-12-31\",\"actualStartDate\":null,"
                + "\"actualEndDate\":null,"
                + "\"statusSince\":\"2024-03-12\",\"iatiActivityStatus\":\"2\",\"imported\":true}");
    }

    @Test
    void theSnapshotCarriesTheFullRecordInTheContractsShape() {
        register(with(ProjectJson.fullRecord("7RAS24080"), "regionalInitiatives", List.of("ASP1", "ASP5")));

        ConsumerRecord<String, String> event = topic.awaitEvent("7RAS24080", type("ProjectRegistered"));

        assertThat(event.value()).isEqualTo("{\"projectNumber\":\"7RAS24080\","
                + "\"title\":\"Strengthening resilient ICT infrastructure in Asia-Pacific (Phase II)\","
                + "\"region\":\"ASIA_PACIFIC\",\"scope\":\"REGIONAL\",\"regionalInitiative\":\"MULTIPLE\","
                + "\"signedOn\":\"2024-02-20\",\"startDate\":\"2024-03-01\",\"endDate\":\"2026-12-31\","
                + "\"status\":\"ONGOING\",\"revision\":1,"
                + "\"description\":\"Resilient backbone and emergency networks for Thailand and Mongolia\","
                + "\"regionalInitiatives\":[{\"code\":\"ASP1\",\"label\":\"LDCs, SIDS and LLDCs\"},"
                + "{\"code\":\"ASP5\",\"label\":\"Secure and resilient ICT\"}],"
                + "\"recipientCountries\":[\"TH\",\"MN\"],\"projectManager\":\"A. Project-Manager\","
                + "\"implementingOffice\":\"ITU Regional Office for Asia and the Pacific, Bangkok\","
                + "\"plannedStartDate\":\"2024-03-01\",\"plannedEndDate\":\"2026-12-31\","
                + "\"actualStartDate\":\"2024-03-04\",\"actualEndDate\":null,"
                + "\"statusSince\":\"2024-02-20\",\"iatiActivityStatus\":\"2\",\"imported\":true}");
    }

    @Test
    void aProjectMarkedMultipleHasMultipleWithItsLabelInTheSnapshot() {
        register(ProjectJson.project("7GLO24141", "INTER_REGIONAL", "ONGOING"));

        ConsumerRecord<String, String> event = topic.awaitEvent("7GLO24141", type("ProjectRegistered"));

        assertThat(event.value()).contains("\"regionalInitiative\":\"MULTIPLE\",")
                .contains("\"regionalInitiatives\":[{\"code\":\"MULTIPLE\",\"label\":\"Multiple\"}],");
    }

    @Test
    void absentFieldsArePresentAsNullInTheEvent() {
        register(Map.of("projectNumber", "7AMS24010", "title", "Emergency telecoms",
                "region", "AMERICAS", "scope", "NATIONAL"));

        ConsumerRecord<String, String> event = topic.awaitEvent("7AMS24010", type("ProjectRegistered"));

        assertThat(event.value()).isEqualTo("{\"projectNumber\":\"7AMS24010\",\"title\":\"Emergency telecoms\","
                + "\"region\":\"AMERICAS\",\"scope\":\"NATIONAL\",\"regionalInitiative\":null,\"signedOn\":null,"
                + "\"startDate\":null,\"endDate\":null,\"status\":\"PROPOSED\",\"revision\":1,"
                + "\"description\":null,\"regionalInitiatives\":[],\"recipientCountries\":[],\"projectManager\":null,"
                + "\"implementingOffice\":null,\"plannedStartDate\":null,\"plannedEndDate\":null,"
                + "\"actualStartDate\":null,\"actualEndDate\":null,"
                + "\"statusSince\":\"" + LocalDate.now() + "\",\"iatiActivityStatus\":\"1\",\"imported\":false}");
    }

    @Test
    void aPublishedEventIsMarkedPublishedInTheOutbox() {
        register(ProjectJson.project("7EUR24011"));

        topic.awaitEvent("7EUR24011", type("ProjectRegistered"));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(rows.outboxEventsOf("7EUR24011")).hasSize(2)
                        .extracting(OutboxRow::publishedAt).doesNotContainNull());
    }

    @Test
    void updatingAProjectEmitsProjectUpdatedWithRevision2() {
        register(ProjectJson.project("9RAS24120"));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(with(ProjectJson.project("9RAS24120"), "title", "Connecting schools and clinics"))
                .when().put("/api/projects/9RAS24120")
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("title", equalTo("Connecting schools and clinics"))
                .body("version", equalTo(2));

        ConsumerRecord<String, String> event = topic.awaitEvent("9RAS24120", type("ProjectUpdated"));
        assertThat(header(event, "ce_subject")).isEqualTo("9RAS24120");
        assertThat(header(event, "ce_id")).isEqualTo(rows.outboxEventsOf("9RAS24120").get(2).id());
        assertThat(event.value()).isEqualTo("{\"projectNumber\":\"9RAS24120\",\"title\":\"Connecting schools and clinics\","
                + "\"region\":\"AFRICA\",\"scope\":\"REGIONAL\",\"regionalInitiative\":\"AFR2\",\"signedOn\":\"2024-03-12\","
                + "\"startDate\":\"2024-04-01\",\"endDate\":\"2027-12-31\",\"status\":\"ONGOING\",\"revision\":2,"
                + "\"description\":null,\"regionalInitiatives\":[{\"code\":\"AFR2\",\"label\":\"Infrastructure and connectivity\"}],"
                + "\"recipientCountries\":[],\"projectManager\":null,\"implementingOffice\":null,"
                + "\"plannedStartDate\":\"2024-04-01\",\"plannedEndDate\":\"2027-12-31\",\"actualStartDate\":null,"
                + "\"actualEndDate\":null,"
                + "\"statusSince\":\"2024-03-12\",\"iatiActivityStatus\":\"2\",\"imported\":true}");
        assertThat(topic.receivedWithKey("9RAS24120")).extracting(record -> header(record, "ce_type"))
                .containsExactly(type("ProjectStatusChanged"), type("ProjectRegistered"), type("ProjectUpdated"));
    }

    @Test
    void anUpdateWithoutIfMatchAndWithoutStatusKeepsTheStatus() {
        register(ProjectJson.project("7ASP24121"));

        given().contentType(ContentType.JSON)
                .body(ProjectJson.without(with(ProjectJson.project("7ASP24121"), "endDate", "2028-06-30"), "status"))
                .when().put("/api/projects/7ASP24121")
                .then().statusCode(200)
                .body("status", equalTo("ONGOING"))
                .body("endDate", equalTo("2028-06-30"))
                .body("version", equalTo(2));
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersionAndEmitsNothing() {
        register(ProjectJson.project("7ASP24122"));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(ProjectJson.project("7ASP24122"))
                .when().put("/api/projects/7ASP24122")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));

        assertThat(rows.outboxEventsOf("7ASP24122")).extracting(OutboxRow::eventType)
                .containsExactly(type("ProjectStatusChanged"), type("ProjectRegistered"));
        assertOnlyRegisteredWasEmitted("7ASP24122");
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailedProblemThatChangesAndEmitsNothing() {
        register(ProjectJson.project("7ASP24123"));
        given().contentType(ContentType.JSON).body(with(ProjectJson.project("7ASP24123"), "title", "Second title"))
                .when().put("/api/projects/7ASP24123").then().statusCode(200).body("version", equalTo(2));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(with(ProjectJson.project("7ASP24123"), "title", "Lost update"))
                .when().put("/api/projects/7ASP24123")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:precondition-failed"))
                .body("detail", equalTo("Project 7ASP24123 is at version 2, not 1"))
                .body("instance", equalTo("/api/projects/7ASP24123"));

        given().when().get("/api/projects/7ASP24123")
                .then().header("ETag", "\"2\"").body("title", equalTo("Second title"));
        assertThat(rows.outboxEventsOf("7ASP24123")).extracting(OutboxRow::eventType)
                .containsExactly(type("ProjectStatusChanged"), type("ProjectRegistered"), type("ProjectUpdated"));
    }

    @Test
    void updatingAnUnknownProjectIsANotFoundProblem() {
        given().contentType(ContentType.JSON).body(ProjectJson.project("7ASP24999"))
                .when().put("/api/projects/7ASP24999")
                .then().statusCode(404)
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"));
    }

    @Test
    void anInvalidUpdateIsRejectedNamingTheFieldAndEmitsNothing() {
        register(ProjectJson.project("7ASP24124"));

        given().contentType(ContentType.JSON)
                .body(with(ProjectJson.project("7ASP24124"), "endDate", "2020-01-01"))
                .when().put("/api/projects/7ASP24124")
                .then().statusCode(400)
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", contains("endDate"));

        assertThat(rows.outboxEventsOf("7ASP24124")).extracting(OutboxRow::eventType)
                .containsExactly(type("ProjectStatusChanged"), type("ProjectRegistered"));
    }

    /** The relay publishes in outbox order: once a later project's event is out, nothing else for this one is coming. */
    private void assertOnlyRegisteredWasEmitted(String projectNumber) {
        register(ProjectJson.project("7ZZZ" + projectNumber.substring(4)));
        topic.awaitEvent("7ZZZ" + projectNumber.substring(4), type("ProjectRegistered"));
        List<String> types = topic.receivedWithKey(projectNumber).stream().map(record -> header(record, "ce_type")).toList();
        assertThat(types).containsExactly(type("ProjectStatusChanged"), type("ProjectRegistered"));
    }

    private static void register(Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/projects").then().statusCode(201);
    }
}
