package org.itu.bdt.portfolio.projects.registry;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.PartnerReportSteps;
import org.itu.bdt.portfolio.projects.support.ProjectSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * SEEN-A funds 7SEC27101 and funded 7SEC27103 (its agreement cancelled since), SEEN-B funds 7SEC27102, and ITU's
 * own money alone funds 7SEC27104; SEEN-B's signature started 7SEC27105, which SEEN-A co-funds.
 */
@QuarkusTest
class ProjectsSeenByAPartnerTest {

    private static final LocalDate SIGNED_ON = LocalDate.parse("2024-02-01");

    @Inject
    PartnerReportSteps agreements;
    @Inject
    ProjectSteps projects;
    @Inject
    DatabaseRows rows;

    @BeforeEach
    void fourProjects() {
        if (rows.agreementsOf("7SEC27101") == 0) {
            agreements.partnerAgreement("7SEC27101", "SEEN-A", SIGNED_ON);
            agreements.partnerAgreement("7SEC27102", "SEEN-B", SIGNED_ON);
            agreements.partnerAgreement("7SEC27103", "SEEN-A", SIGNED_ON);
            agreements.cancel("7SEC27103-01", "7SEC27103", SIGNED_ON.plusMonths(3));
            projects.propose("7SEC27104");
            agreements.sign("7SEC27104-01", "7SEC27104", null, SIGNED_ON);
            await().atMost(Duration.ofSeconds(20)).until(() -> rows.agreementCancelledOn("7SEC27103-01") != null
                    && rows.agreementRecorded("7SEC27104-01"));
        }
    }

    @Test
    void aPartnerFindsOnlyTheProjectsItsPartnerFundsOrFunded() {
        given().header(Tokens.asPartner("SEEN-A")).queryParam("q", "7SEC271").when().get("/api/projects").then()
                .statusCode(200)
                .body("items.projectNumber", contains("7SEC27101", "7SEC27103"))
                .body("totalItems", equalTo(2));
        given().header(Tokens.asRole("viewer")).queryParam("q", "7SEC271").when().get("/api/projects").then()
                .body("items.projectNumber", contains("7SEC27101", "7SEC27102", "7SEC27103", "7SEC27104"));
    }

    @Test
    void aPartnerAskingForAnotherPartnersProjectsGetsAnEmptyPage() {
        given().header(Tokens.asPartner("SEEN-A")).queryParam("partner", "SEEN-B").when().get("/api/projects").then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
        given().header(Tokens.asPartner("SEEN-A")).queryParam("partner", "SEEN-A").when().get("/api/projects").then()
                .body("items.projectNumber", contains("7SEC27101"));
    }

    @Test
    void aPartnerReadsItsOwnProjectAndItsHistory() {
        given().header(Tokens.asPartner("SEEN-A")).when().get("/api/projects/7SEC27101").then()
                .statusCode(200).body("projectNumber", equalTo("7SEC27101"));
        given().header(Tokens.asPartner("SEEN-A")).when().get("/api/projects/7SEC27101/history").then()
                .statusCode(200).body("to", contains("PROPOSED"));
        given().header(Tokens.asPartner("SEEN-A")).when().get("/api/projects/7SEC27103").then().statusCode(200);
    }

    @Test
    void anotherPartnersProjectIsNotFoundAsIfItDidNotExist() {
        given().header(Tokens.asPartner("SEEN-A")).when().get("/api/projects/7SEC27102").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Project 7SEC27102 does not exist"));
        given().header(Tokens.asPartner("SEEN-A")).when().get("/api/projects/7SEC27102/history").then()
                .statusCode(404)
                .body("detail", equalTo("Project 7SEC27102 does not exist"));
    }

    @Test
    void aProjectFundedByItuAloneIsNoPartnersProject() {
        given().header(Tokens.asPartner("SEEN-A")).when().get("/api/projects/7SEC27104").then().statusCode(404);
        given().header(Tokens.asRole("viewer")).when().get("/api/projects/7SEC27104").then().statusCode(200);
    }

    @Test
    void aCoFundingPartnerReadsTheHistoryWithoutTheAgreementNumberOfTheFunderThatStartedIt() {
        projects.propose("7SEC27105");
        projects.approve("7SEC27105", LocalDate.now());
        agreements.sign("7SEC27105-01", "7SEC27105", "SEEN-B", SIGNED_ON);
        agreements.sign("7SEC27105-02", "7SEC27105", "SEEN-A", SIGNED_ON);

        given().header(Tokens.asPartner("SEEN-A")).when().get("/api/projects/7SEC27105/history").then()
                .statusCode(200)
                .body("cause", contains("REGISTRATION", "BOARD_DECISION", "AGREEMENT_SIGNED"))
                .body("[2].reason", equalTo("first agreement [withheld] signed"));
        given().header(Tokens.asPartner("SEEN-B")).when().get("/api/projects/7SEC27105/history").then()
                .body("[2].reason", equalTo("first agreement 7SEC27105-01 signed"));
        given().header(Tokens.asRole("viewer")).when().get("/api/projects/7SEC27105/history").then()
                .body("[2].reason", equalTo("first agreement 7SEC27105-01 signed"));
    }

    @Test
    void aPartnerTokenThatNamesNoPartnerSeesNoProject() {
        String nameless = Tokens.with(claims -> claims.setClaim("realm_access",
                Map.of("roles", List.of("partner"))));

        given().header(Tokens.bearer(nameless)).when().get("/api/projects").then().statusCode(403);
        given().header(Tokens.bearer(nameless)).when().get("/api/projects/7SEC27101").then().statusCode(403);
    }
}
