package org.itu.bdt.portfolio.projects.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.projects.lifecycle.LifecycleService;
import org.itu.bdt.portfolio.projects.lifecycle.TransitionCause;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Puts projects where a test needs them: proposed through the API by a project manager, approved as a board
 * decision does.
 */
@ApplicationScoped
public class ProjectSteps {

    @Inject
    LifecycleService transitions;

    public void propose(String projectNumber) {
        Map<String, Object> body = ProjectJson.without(ProjectJson.without(ProjectJson.project(projectNumber), "status"),
                "signedOn");
        given().contentType(ContentType.JSON).header(Tokens.asRole("project-manager")).body(body)
                .when().post("/api/projects").then().statusCode(201);
    }

    public void approve(String projectNumber, LocalDate on) {
        QuarkusTransaction.requiringNew().run(() -> transitions.transition(projectNumber, ProjectStatus.APPROVED,
                TransitionCause.BOARD_DECISION, "Project Board", "approved at its meeting", on));
    }
}
