package org.itu.bdt.portfolio.projects.lifecycle;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.DatabaseRows.OutboxRow;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.itu.bdt.portfolio.projects.support.ProjectSteps;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.type;

@QuarkusTest
class ProjectLifecycleTest {

    @Inject
    DatabaseRows rows;
    @Inject
    ProjectSteps steps;

    @Test
    void aNewProjectIsProposedAndItsHistoryNamesWhoProposedIt() {
        steps.propose("7AFR26001");

        given().when().get("/api/projects/7AFR26001").then()
                .body("status", equalTo("PROPOSED"))
                .body("statusSince", equalTo(LocalDate.now().toString()))
                .body("iatiActivityStatus", equalTo("1"))
                .body("imported", equalTo(false));
        given().when().get("/api/projects/7AFR26001/history").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].from", nullValue())
                .body("[0].to", equalTo("PROPOSED"))
                .body("[0].cause", equalTo("REGISTRATION"))
                .body("[0].actor", equalTo("project-manager"))
                .body("[0].revision", equalTo(1));
    }

    @Test
    void anImportedProjectKeepsItsStatusFromItsSignatureDate() {
        given().contentType(ContentType.JSON).body(ProjectJson.project("7AFR26002"))
                .when().post("/api/projects").then().statusCode(201)
                .body("status", equalTo("ONGOING"))
                .body("statusSince", equalTo("2024-03-12"))
                .body("imported", equalTo(true));

        given().when().get("/api/projects/7AFR26002/history").then()
                .body("cause", contains("IMPORT"))
                .body("[0].changedOn", equalTo("2024-03-12"))
                .body("[0].actor", equalTo("admin"));
    }

    @Test
    void anOngoingProjectIsSuspendedAndResumedAndEachStepIsRecordedAndEmitted() {
        importOngoing("7AFR26003");

        transition("7AFR26003", Map.of("to", "SUSPENDED", "reason", "security situation", "changedOn", "2024-06-01"))
                .statusCode(201)
                .header("Location", endsWith("/api/projects/7AFR26003/history"))
                .body("from", equalTo("ONGOING"))
                .body("to", equalTo("SUSPENDED"))
                .body("cause", equalTo("MANUAL"))
                .body("actor", equalTo("project-manager"))
                .body("revision", equalTo(2));
        transition("7AFR26003", Map.of("to", "ONGOING", "reason", "situation improved", "changedOn", "2024-09-01"))
                .statusCode(201);

        given().when().get("/api/projects/7AFR26003").then()
                .body("status", equalTo("ONGOING")).body("statusSince", equalTo("2024-09-01")).body("version", equalTo(3));
        given().when().get("/api/projects/7AFR26003/history").then()
                .body("to", contains("ONGOING", "SUSPENDED", "ONGOING"))
                .body("changedOn", contains("2024-03-12", "2024-06-01", "2024-09-01"))
                .body("reason", contains("imported as ONGOING", "security situation", "situation improved"));
        assertThat(rows.outboxEventsOf("7AFR26003")).extracting(OutboxRow::eventType).containsExactly(
                type("ProjectStatusChanged"), type("ProjectRegistered"),
                type("ProjectStatusChanged"), type("ProjectUpdated"),
                type("ProjectStatusChanged"), type("ProjectUpdated"));
    }

    @Test
    void theActorOfAStepIsTheTokensSubjectWhateverAnXUserHeaderClaims() {
        importOngoing("7AFR26009");
        String officer = Tokens.with(claims -> {
            claims.setSubject("s.officer");
            claims.setClaim("realm_access", Map.of("roles", List.of("project-manager")));
        });

        given().contentType(ContentType.JSON).header(Tokens.bearer(officer)).header("X-User", "someone.else")
                .body(Map.of("to", "SUSPENDED", "reason", "security situation"))
                .when().post("/api/projects/7AFR26009/transitions").then().statusCode(201)
                .body("actor", equalTo("s.officer"));

        given().when().get("/api/projects/7AFR26009/history").then().body("actor", contains("admin", "s.officer"));
        assertThat(rows.outboxPayloadsOf("7AFR26009", type("ProjectStatusChanged")).stream()
                .map(payload -> JsonPath.from(payload).getString("actor"))).containsExactly("admin", "s.officer");
    }

    @Test
    void approvalThroughATransitionRequestIsAConflictThatNamesTheBoardAndTheAllowedSteps() {
        steps.propose("7AFR26004");
        long events = rows.outboxEvents();

        transition("7AFR26004", Map.of("to", "APPROVED", "reason", "looks good"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:illegal-transition"))
                .body("title", equalTo("Illegal transition"))
                .body("detail", equalTo("project 7AFR26004 is PROPOSED: APPROVED needs a Project Board decision, "
                        + "not a transition request"))
                .body("allowedTransitions.to", contains("APPROVED", "REJECTED", "CANCELLED"))
                .body("allowedTransitions.by", contains("BOARD_DECISION", "BOARD_DECISION", "MANUAL"));

        assertThat(rows.outboxEvents()).isEqualTo(events);
        given().when().get("/api/projects/7AFR26004/history").then().body("", hasSize(1));
    }

    @Test
    void financialClosureBeforeOperationalClosureIsAConflict() {
        importOngoing("7AFR26005");

        transition("7AFR26005", Map.of("to", "FINANCIALLY_CLOSED", "reason", "accounts closed"))
                .statusCode(409)
                .body("detail", equalTo("project 7AFR26005 is ONGOING: it cannot become FINANCIALLY_CLOSED"))
                .body("allowedTransitions.to", contains("OPERATIONALLY_CLOSED", "SUSPENDED", "CANCELLED"));
    }

    @Test
    void aStepDatedBeforeTheCurrentStatusBeganIsRefusedNamingChangedOn() {
        importOngoing("7AFR26006");

        transition("7AFR26006", Map.of("to", "SUSPENDED", "reason", "late entry", "changedOn", "2024-03-11"))
                .statusCode(400)
                .body("errors.field", contains("changedOn"))
                .body("errors.message", contains("must not be before 2024-03-12, when the project became ONGOING"));
        given().when().get("/api/projects/7AFR26006").then().body("status", equalTo("ONGOING")).body("version", equalTo(1));
    }

    @Test
    void aTransitionWithoutTargetOrReasonIsAValidationProblem() {
        importOngoing("7AFR26007");

        transition("7AFR26007", Map.of("to", "SLEEPING", "reason", "x")).statusCode(400)
                .body("errors.field", contains("to"));
        transition("7AFR26007", Map.of("to", "SUSPENDED")).statusCode(400)
                .body("errors.field", contains("reason"));
    }

    @Test
    void theStatusOfAnUnknownProjectCannotChange() {
        transition("7AFR26999", Map.of("to", "SUSPENDED", "reason", "x")).statusCode(404);
        given().when().get("/api/projects/7AFR26999/history").then().statusCode(404);
    }

    @Test
    void anUpdateCannotChangeTheStatusButMayRepeatIt() {
        importOngoing("7AFR26008");

        given().contentType(ContentType.JSON).body(ProjectJson.with(ProjectJson.project("7AFR26008"), "status", "CANCELLED"))
                .when().put("/api/projects/7AFR26008").then().statusCode(409)
                .body("detail", equalTo("project 7AFR26008 is ONGOING: it becomes CANCELLED through "
                        + "POST /api/projects/7AFR26008/transitions, not through an update"));
        given().contentType(ContentType.JSON).body(ProjectJson.with(ProjectJson.project("7AFR26008"), "title", "Renamed"))
                .when().put("/api/projects/7AFR26008").then().statusCode(200).body("status", equalTo("ONGOING"));
    }

    private static void importOngoing(String projectNumber) {
        given().contentType(ContentType.JSON).body(ProjectJson.project(projectNumber))
                .when().post("/api/projects").then().statusCode(201);
    }

    private static ValidatableResponse transition(String projectNumber, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header(Tokens.asRole("project-manager")).body(body)
                .when().post("/api/projects/" + projectNumber + "/transitions").then();
    }
}
