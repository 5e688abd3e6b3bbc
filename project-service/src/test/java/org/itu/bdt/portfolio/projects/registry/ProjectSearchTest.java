package org.itu.bdt.portfolio.projects.registry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** GET /api/projects: each filter alone, several together, the sort keys and paging. */
@QuarkusTest
class ProjectSearchTest {

    private static final String PARTNER = "SEARCH-EC";

    @Inject
    DatabaseRows rows;
    @Inject
    ProjectAgreementService agreements;

    @BeforeEach
    void registerAPortfolio() {
        rows.deleteProjects();
        register("9RAF24307", "AFRICA", "ONGOING", List.of("AFR2"), "2024-03-12", "2027-12-31",
                "EU support to African broadband mapping systems (AfricaBBMaps)", "Harmonised broadband maps");
        register("7RAF23301", "AFRICA", "APPROVED", List.of("AFR3"), "2023-05-10", "2025-06-30",
                "Child online protection in Africa", null);
        register("7RAS24374", "ASIA_PACIFIC", "ONGOING", List.of("ASP1", "ASP5"), "2024-02-20", "2026-12-31",
                "Resilient ICT infrastructure in Asia-Pacific", "Emergency networks for Thailand and MONGOLIA");
        register("7MNE24302", "EUROPE", "PROPOSED", List.of("EUR2"), null, "2026-12-31",
                "Digital transformation of Montenegro's 100% public services", null);
        register("7GLO24339", "INTER_REGIONAL", "ONGOING", List.of("MULTIPLE"), "2024-11-05", null,
                "Connect a School, Connect a Community", null);
        sign("9RAF24307-SRCH", "9RAF24307");
        sign("7RAS24374-SRCH", "7RAS24374");
        sign("7GLO24339-SRCH", "7GLO24339");
        QuarkusTransaction.requiringNew().run(() -> agreements.cancelled("7GLO24339-SRCH", LocalDate.of(2024, 12, 1)));
    }

    @ParameterizedTest
    @CsvSource({"BROADBAND, 9RAF24307", "mongolia, 7RAS24374", "ras24, 7RAS24374", "100%, 7MNE24302"})
    void textIsFoundInTheNumberTitleOrDescriptionInAnyCase(String text, String found) {
        search(given().queryParam("q", text), found);
    }

    @Test
    void aWildcardInTheTextIsTakenLiterally() {
        search(given().queryParam("q", "_"));
    }

    @Test
    void regionFindsTheRegionsProjects() {
        search(given().queryParam("region", "AFRICA"), "7RAF23301", "9RAF24307");
    }

    @Test
    void anInitiativeFindsEveryProjectListingIt() {
        search(given().queryParam("initiative", "ASP5"), "7RAS24374");
    }

    @Test
    void multipleFindsProjectsMarkedSoAndThoseWithSeveralInitiatives() {
        search(given().queryParam("initiative", "MULTIPLE"), "7GLO24339", "7RAS24374");
    }

    @Test
    void severalStatusesMayBeRepeatedOrCommaSeparated() {
        search(given().queryParam("status", "APPROVED").queryParam("status", "PROPOSED"), "7MNE24302", "7RAF23301");
        search(given().queryParam("status", "APPROVED,PROPOSED"), "7MNE24302", "7RAF23301");
    }

    @Test
    void aPartnerFindsTheProjectsOfItsAgreementsThatAreNotCancelled() {
        search(given().queryParam("partner", PARTNER), "7RAS24374", "9RAF24307");
    }

    @Test
    void signedYearFindsTheProjectsSignedThatYear() {
        search(given().queryParam("signedYear", 2024), "7GLO24339", "7RAS24374", "9RAF24307");
    }

    @Test
    void endFromAndEndToBoundTheEndDateInclusively() {
        search(given().queryParam("endFrom", "2026-01-01").queryParam("endTo", "2026-12-31"), "7MNE24302", "7RAS24374");
        search(given().queryParam("endTo", "2025-06-30"), "7RAF23301");
    }

    @Test
    void filtersCombine() {
        search(given().queryParam("region", "AFRICA").queryParam("status", "ONGOING").queryParam("q", "maps"),
                "9RAF24307");
    }

    @Test
    void sortTakesSeveralKeysWithMinusForDescendingAndPutsMissingValuesLast() {
        search(given().queryParam("sort", "endDate,-signedOn"),
                "7RAF23301", "7RAS24374", "7MNE24302", "9RAF24307", "7GLO24339");
        search(given().queryParam("sort", "-signedOn"),
                "7GLO24339", "9RAF24307", "7RAS24374", "7RAF23301", "7MNE24302");
    }

    @Test
    void aSortedSearchIsPaged() {
        given().queryParam("status", "ONGOING").queryParam("sort", "-signedOn")
                .queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/projects")
                .then().statusCode(200)
                .body("items.projectNumber", contains("7RAS24374"))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
    }

    @ParameterizedTest
    @CsvSource({"sort, budget", "sort, '-'", "initiative, ASP9", "signedYear, 24", "endFrom, 2026-13-01",
            "endTo, soon", "status, 'ONGOING,DONE'"})
    void aBadParameterIsRejectedNamingIt(String parameter, String value) {
        given().queryParam(parameter, value)
                .when().get("/api/projects")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", contains(parameter));
    }

    private static void search(RequestSpecification request, String... projectNumbers) {
        request.when().get("/api/projects")
                .then().statusCode(200)
                .body("items.projectNumber", projectNumbers.length == 0 ? empty() : contains(projectNumbers))
                .body("totalItems", equalTo(projectNumbers.length));
    }

    private void sign(String agreementNumber, String projectNumber) {
        QuarkusTransaction.requiringNew().run(() -> agreements.signed(new ProjectAgreement(agreementNumber,
                projectNumber, PARTNER, "PARTNER", "PROJECT_AGREEMENT", "CASH", LocalDate.of(2024, 6, 1))));
    }

    private static void register(String projectNumber, String region, String status, List<String> initiatives,
                                 String signedOn, String endDate, String title, String description) {
        Map<String, Object> body = ProjectJson.project(projectNumber, region, status);
        body.remove("regionalInitiative");
        body.put("regionalInitiatives", initiatives);
        body.put("scope", region.equals("INTER_REGIONAL") ? "INTER_REGIONAL" : "REGIONAL");
        body.put("signedOn", signedOn);
        body.put("startDate", null);
        body.put("endDate", endDate);
        body.put("title", title);
        body.put("description", description);
        given().contentType(ContentType.JSON).body(body).when().post("/api/projects").then().statusCode(201);
    }
}
