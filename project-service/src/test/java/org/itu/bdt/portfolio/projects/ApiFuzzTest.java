package org.itu.bdt.portfolio.projects;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.itu.bdt.portfolio.kit.testing.ApiFuzzer;
import org.itu.bdt.portfolio.projects.support.BoardSteps;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.itu.bdt.portfolio.projects.support.PartnerReportSteps;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzzer of docs/openapi/project-service/openapi.yaml (docs/api.md, "Fuzzing"): at least 2,000 requests per
 * operation, valid-looking and hostile. FUZZ-A funds 7FUZ28001 and FUZZ-B 7FUZ28002, each through agreement -01 that
 * owes its partner reports; Board meeting FUZ-2098-01 deferred the first proposal and set one follow-up action.
 */
@QuarkusTest
class ApiFuzzTest {
    private static final String MEETING = "FUZ-2098-01";

    @Inject
    DataSource dataSource;
    @Inject
    PartnerReportSteps steps;
    @Inject
    MovableClock clock;

    @Test
    void everyOperationAnswersThousandsOfHostileRequestsWithAProblemAndChangesNothingWhenItRefuses() throws Exception {
        LocalDate today = LocalDate.now(clock);
        steps.partnerAgreement("7FUZ28001", "FUZZ-A", LocalDate.parse("2024-01-15"));
        steps.partnerAgreement("7FUZ28002", "FUZZ-B", LocalDate.parse("2024-01-15"));
        BoardSteps.proposedSince("7FUZ28003", "2024-01-10");
        BoardSteps.meeting(MEETING, today.toString());
        JsonPath agenda = BoardSteps.adopt(MEETING);
        long itemId = BoardSteps.itemId(agenda, "NEW_PROPOSAL", "7FUZ28003");
        BoardSteps.decide(MEETING, itemId, "DEFERRED", "work plan incomplete", List.of(BoardSteps.action(
                "complete the work plan", "fuzz.owner", today.plusMonths(1).toString()))).statusCode(201);
        String actionId = given().when().get("/api/board/actions?owner=fuzz.owner").then().statusCode(200)
                .extract().jsonPath().getString("[0].actionId");

        ApiFuzzer.Report report = ApiFuzzer.forService("project-service")
                .port(RestAssured.port)
                .database(dataSource)
                .bodyLimit(ConfigProvider.getConfig()
                        .getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue())
                .values("projectNumber", "7FUZ28001", "7FUZ28002", "7FUZ28003")
                .values("agreementNumber", "7FUZ28001-01", "7FUZ28002-01")
                .values("id", "7FUZ28001-01-R1", "7FUZ28002-01-R1", "7FUZ28001-01-R2")
                .values("meetingNumber", MEETING)
                .values("actionId", actionId)
                .values("partnerId", "FUZZ-A", "FUZZ-B")
                .values("partner", "FUZZ-A")
                .values("region", "AFRICA", "EUROPE")
                .values("initiative", "AFR2", "EUR2")
                .values("signedYear", "2024")
                .values("page", "1", "2")
                .values("size", "20", "100")
                .values("sort", "-signedOn", "projectNumber,endDate")
                .values("q", "schools")
                .values("entity", "project")
                .values("owner", "fuzz.owner")
                .values("limit", "10")
                .validBodies("POST /api/projects", """
                        {"projectNumber":"7FUZ28009","title":"Connecting schools in the Sahel","region":"AFRICA",
                         "scope":"REGIONAL","regionalInitiative":"AFR2","signedOn":"2024-03-12",
                         "startDate":"2024-04-01","endDate":"2027-12-31","status":"ONGOING",
                         "recipientCountries":["ML","NE"]}""")
                .validBodies("PUT /api/projects/{projectNumber}", """
                        {"title":"Connecting schools in the Sahel, phase II","region":"AFRICA","scope":"REGIONAL",
                         "regionalInitiative":"AFR2","startDate":"2024-04-01","endDate":"2027-12-31"}""")
                .validBodies("POST /api/projects/{projectNumber}/transitions", """
                        {"to":"SUSPENDED","reason":"security situation","changedOn":"2024-06-01"}""", """
                        {"to":"ONGOING","reason":"resumed"}""")
                .validBodies("POST /api/board/meetings", """
                        {"meetingNumber":"FUZ-2098-02","meetingDate":"2098-05-01","attendees":["BDT Director"]}""")
                .validBodies("POST /api/board/meetings/{meetingNumber}/decisions", """
                        {"itemId":%d,"outcome":"DEFERRED","text":"more work","actions":[{"description":"complete",
                         "owner":"fuzz.owner","dueOn":"2098-09-01"}]}""".formatted(itemId))
                .validBodies("POST /api/board/requests", """
                        {"kind":"GUIDANCE","projectNumber":"7FUZ28001","summary":"advice on scope",
                         "requestedBy":"a.manager"}""")
                .validBodies("POST /api/board/actions/{actionId}/completion", """
                        {"note":"done"}""")
                .validBodies("PUT /api/partner-reports/schedules/{agreementNumber}", """
                        {"intervalMonths":6}""")
                .validBodies("POST /api/partner-reports/{id}/sent", """
                        {"sentOn":"2024-08-01"}""")
                .validBodies("POST /api/partner-reports/{id}/submission", """
                        {"periodStart":"2024-01-15","periodEnd":"2024-07-14","implementationProgress":"on track",
                         "challenges":"none","risks":[{"description":"delays","rating":"LOW"}],
                         "financialSummary":{"currency":"CHF","received":1000.00,"spent":500.00,"committed":0.00},
                         "submittedBy":"a.manager"}""")
                .run();

        assertThat(report.fewestRequests()).isGreaterThanOrEqualTo(report.requestsPerOperation());
        assertThat(report.serverErrors()).as("5xx answers").isZero();
        assertThat(report.findings()).as(report.findingsText()).isEmpty();
    }
}
