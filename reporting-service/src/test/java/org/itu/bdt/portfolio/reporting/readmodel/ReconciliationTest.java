package org.itu.bdt.portfolio.reporting.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.itu.bdt.portfolio.reporting.SourceServicesStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementAmended;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;
import static org.itu.bdt.portfolio.reporting.SourceServicesStub.project;
import static org.itu.bdt.portfolio.reporting.SourceServicesStub.totals;

@QuarkusTest
@QuarkusTestResource(value = SourceServicesStub.class, restrictToAnnotatedClass = false)
class ReconciliationTest {

    private static final String RECONCILIATION = "/api/admin/reconciliation";

    @Inject
    ReadModelTables tables;

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    @BeforeEach
    void aReadModelOfTwoProjects() {
        readModel.apply(projectRegistered("9RAF24601", "AFRICA", "ONGOING", "2024-03-12", null),
                agreementSigned("9RAF24601-01", "9RAF24601", "PARTNER", "1000.00", "2024-03-12"),
                agreementSigned("9RAF24601-02", "9RAF24601", "ITU", "200.00", "2024-03-20"),
                agreementSigned("9RAF24601-03", "9RAF24601", "PARTNER", "70.00", "2024-03-20", "SPONSORSHIP", "CASH"),
                projectRegistered("7MNE24602", "EUROPE", "ONGOING", "2024-09-12", null),
                agreementSigned("7MNE24602-01", "7MNE24602", "PARTNER", "50.00", "2024-09-12"),
                agreementAmended("7MNE24602-01-A1", "7MNE24602-01", "7MNE24602", "2024-12-02", "40.00"),
                projectRegistered("7CIS24603", "CIS", "PROPOSED", "2024-09-12", null));
        SourceServicesStub.projects(project("9RAF24601", "AFRICA", "ONGOING", "2024-03-12"),
                project("7MNE24602", "EUROPE", "ONGOING", "2024-09-12"),
                project("7CIS24603", "CIS", "PROPOSED", "2024-09-12"));
        SourceServicesStub.fundingService(SourceServicesStub.Behaviour.ANSWER);
    }

    @AfterEach
    void letTheFundingServiceAnswerAgain() {
        SourceServicesStub.fundingService(SourceServicesStub.Behaviour.ANSWER);
    }

    @Test
    void aReadModelThatAgreesWithTheSourcesHasNoDifferences() {
        SourceServicesStub.funding(sponsoredAfrica("1000.00"), totals("7MNE24602", "PARTNER", "40.00"));

        given().queryParam("asOf", "2024-12-31").get(RECONCILIATION).then().statusCode(200)
                .contentType("application/json")
                .body("asOf", equalTo("2024-12-31"))
                .body("reconciled", equalTo(true))
                .body("differenceCount", equalTo(0))
                .body("differences", empty());
    }

    @Test
    void aFigureTheSourcesStateOtherwiseIsListedForItsProjectAndItsRegion() {
        SourceServicesStub.funding(sponsoredAfrica("1100.00"), totals("7MNE24602", "PARTNER", "40.00"));

        given().queryParam("asOf", "2024-12-31").get(RECONCILIATION).then().statusCode(200)
                .body("reconciled", equalTo(false))
                .body("differences.key", equalTo(List.of("project 9RAF24601", "AFRICA")))
                .body("differences.aggregate", equalTo(List.of("portfolio-by-region", "portfolio-by-region")))
                .body("differences.figure", equalTo(List.of("partnerFunding", "partnerFunding")))
                .body("differences.expected", equalTo(List.of("1100.00", "1100.00")))
                .body("differences.actual", equalTo(List.of("1000.00", "1000.00")));
    }

    @Test
    void aBreakdownLedgerThatDriftedFromTheProjectsFiguresIsListedForItsKey() {
        SourceServicesStub.funding(sponsoredAfrica("1000.00"), totals("7MNE24602", "PARTNER", "40.00"));
        tables.driftBreakdown("FUNDING_SOURCE", "PARTNER");

        given().queryParam("asOf", "2024-12-31").get(RECONCILIATION).then().statusCode(200)
                .body("reconciled", equalTo(false))
                .body("differences.aggregate", equalTo(List.of("portfolio-by-funding-source")))
                .body("differences.key", equalTo(List.of("PARTNER")))
                .body("differences.figure", equalTo(List.of("partnerFunding")))
                .body("differences.expected", equalTo(List.of("1040.00")))
                .body("differences.actual", equalTo(List.of("1041.00")));
    }

    @Test
    void aProjectTheSourcesDoNotKnowIsADifference() {
        SourceServicesStub.projects(project("9RAF24601", "AFRICA", "ONGOING", "2024-03-12"));
        SourceServicesStub.funding(sponsoredAfrica("1000.00"));

        given().queryParam("asOf", "2024-12-31").get(RECONCILIATION).then().statusCode(200)
                .body("differences.key", equalTo(List.of("project 7MNE24602", "project 7MNE24602", "EUROPE",
                        "EUROPE")))
                .body("differences.figure", equalTo(List.of("projects", "partnerFunding", "projects",
                        "partnerFunding")));
    }

    /**
     * Sources walked two projects a page, the read model seven: differences on the last and first project of a
     * source page, of a totals page and of a read-model page, a project only the sources list and one only the read
     * model holds, each found once, in project-number order.
     */
    @Test
    void differencesOnEitherSideOfAPageBoundaryAreEachFoundOnce() {
        List<String> numbers = List.of("9RAF00010", "9RAF00020", "9RAF00030", "9RAF00040", "9RAF00050", "9RAF00060",
                "9RAF00070", "9RAF00080", "9RAF00090");
        numbers.forEach(number -> readModel.apply(projectRegistered(number, "AFRICA", "ONGOING", "2024-03-12", null),
                agreementSigned(number + "-01", number, "PARTNER", "100.00", "2024-03-12")));
        Map<String, String> partnerChf = Map.of("9RAF00020", "150.00", "9RAF00030", "160.00", "9RAF00050", "170.00",
                "9RAF00060", "180.00");
        List<String> sourceNumbers = new ArrayList<>(numbers);
        sourceNumbers.remove("9RAF00080");
        List<String> projects = new ArrayList<>(List.of(project("9RAF24601", "AFRICA", "ONGOING", "2024-03-12"),
                project("7MNE24602", "EUROPE", "ONGOING", "2024-09-12"),
                project("7CIS24603", "CIS", "PROPOSED", "2024-09-12"),
                project("9RAF00075", "AFRICA", "ONGOING", "2024-03-12")));
        List<String> funding = new ArrayList<>(List.of(sponsoredAfrica("1000.00"),
                totals("7MNE24602", "PARTNER", "40.00")));
        for (String number : sourceNumbers) {
            projects.add(project(number, "AFRICA", "ONGOING", "2024-03-12"));
            funding.add(totals(number, "PARTNER", partnerChf.getOrDefault(number, "100.00")));
        }
        SourceServicesStub.projects(projects.toArray(String[]::new));
        SourceServicesStub.funding(funding.toArray(String[]::new));

        given().queryParam("asOf", "2024-12-31").get(RECONCILIATION).then().statusCode(200)
                .body("differenceCount", equalTo(8))
                .body("differences.key", equalTo(List.of("project 9RAF00020", "project 9RAF00030",
                        "project 9RAF00050", "project 9RAF00060", "project 9RAF00075", "project 9RAF00080",
                        "project 9RAF00080", "AFRICA")))
                .body("differences.figure", equalTo(List.of("partnerFunding", "partnerFunding", "partnerFunding",
                        "partnerFunding", "projects", "projects", "partnerFunding", "partnerFunding")))
                .body("differences.expected", equalTo(List.of("150.00", "160.00", "170.00", "180.00", "1", "0",
                        "0.00", "2060.00")))
                .body("differences.actual", equalTo(List.of("100.00", "100.00", "100.00", "100.00", "0", "1",
                        "100.00", "1900.00")));
    }

    @Test
    void projectsDifferencesBeyondTheLimitAreCountedNotListedUnlikeTheRegionsAndBreakdowns() {
        SourceServicesStub.projects(project("9RAF24601", "AFRICA", "ONGOING", "2024-03-12"));
        SourceServicesStub.funding(sponsoredAfrica("1000.00"));
        tables.driftBreakdown("FUNDING_SOURCE", "PARTNER");

        given().queryParam("asOf", "2024-12-31").queryParam("limit", "1").get(RECONCILIATION).then().statusCode(200)
                .body("reconciled", equalTo(false))
                .body("differenceCount", equalTo(5))
                .body("differences.key", equalTo(List.of("project 7MNE24602", "EUROPE", "EUROPE", "PARTNER")))
                .body("differences.aggregate", equalTo(List.of("portfolio-by-region", "portfolio-by-region",
                        "portfolio-by-region", "portfolio-by-funding-source")));
    }

    @Test
    void aLimitOutOfRangeIsAValidationProblem() {
        given().queryParam("limit", "10001").get(RECONCILIATION).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "all").get(RECONCILIATION).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void theSourcesAreAskedWithReportingServicesOwnTokenNotTheCallers() throws Exception {
        SourceServicesStub.funding(sponsoredAfrica("1000.00"), totals("7MNE24602", "PARTNER", "40.00"));

        given().queryParam("asOf", "2024-12-31").get(RECONCILIATION).then().statusCode(200);

        String[] parts = SourceServicesStub.lastToken().split("\\.");
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.path("azp").asText()).isEqualTo("reporting-service");
        assertThat(claims.path("realm_access").path("roles")).extracting(JsonNode::asText).containsExactly("viewer");
    }

    @Test
    void aSourceThatIsDownIsAServiceUnavailableProblem() {
        SourceServicesStub.fundingService(SourceServicesStub.Behaviour.UNAVAILABLE);

        given().get(RECONCILIATION).then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:dependency-unavailable"))
                .body("instance", equalTo(RECONCILIATION));
    }

    @Test
    void aSourceThatDoesNotAnswerInTimeIsAServiceUnavailableProblem() {
        SourceServicesStub.fundingService(SourceServicesStub.Behaviour.SLOW);

        given().get(RECONCILIATION).then().statusCode(503)
                .body("type", equalTo("urn:bdt-portfolio:problem:dependency-unavailable"));
    }

    @Test
    void aBadAsOfIsAValidationProblem() {
        given().queryParam("asOf", "yesterday").get(RECONCILIATION).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    /** The sponsorship is in the sources too, and left out by the reports' rules on both sides. */
    private static String sponsoredAfrica(String partnerChf) {
        return totals("9RAF24601", "PARTNER", partnerChf, "ITU", "200.00").replace("],", """
                ,{"fundingSource":"PARTNER","kind":"SPONSORSHIP","contribution":"CASH","agreements":1,
                 "chfInEffect":70.00}],""");
    }

}
