package org.itu.bdt.portfolio.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three services from their packaged jars, together on a real Kafka broker, fresh PostgreSQL databases and a
 * real Keycloak with the local realm: the reference portfolio goes in through the REST APIs with the loader's token
 * and Figure 1 comes out of reporting-service as printed, to a viewer's token too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningPortfolio.Extension.class)
class PortfolioEndToEndIT {

    private static final Duration STARTUP = RunningPortfolio.STARTUP;
    private static final String EUROPE = "EUROPE";
    private static final String WALK_PARTNER = "RURAL-LIBRARIES";

    private Path root;
    private RunningPortfolio system;
    private ServiceProcess projectService;
    private ServiceProcess fundingService;
    private ServiceProcess reportingService;
    private PortfolioApi api;
    private ReferencePortfolio portfolio;

    /**
     * The system of this test run, on a fresh portfolio: started by the first test class that needs it (with the
     * reference portfolio loaded), shared with the others, stopped at the end of the run.
     */
    @BeforeAll
    void useTheRunningSystem(RunningPortfolio system) {
        this.system = system;
        root = system.root;
        projectService = system.projectService();
        fundingService = system.fundingService();
        reportingService = system.reportingService();
        api = system.api();
        portfolio = system.portfolio();
    }

    /** The running system loaded it once already when it started; loading is idempotent (test 4). */
    @Test
    @Order(1)
    void theReferencePortfolioLoadedThroughTheApisReproducesFigure1AsPrinted() throws Exception {
        new ReferencePortfolioLoader(api, portfolio).load();

        String expected = Files.readString(root.resolve("deploy/reference-data/expected_figure1.csv"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(api.portfolioByRegionCsv("2024-12-31")).isEqualTo(expected));
        assertReconciled("2024-12-31");
    }

    /** Needs project-service's initiative labels ("ASP5 – Secure and resilient ICT") in its snapshots. */
    @Test
    @Order(2)
    void figure4AndThe2024FactsComeOutAsPrinted() throws Exception {
        JsonNode year2024 = api.reportJson("signed-per-year?from=2024&to=2024&asOf=2024-12-31").get("years").get(0);
        assertThat(year2024.get("projects").asInt()).isEqualTo(37);
        assertThat(year2024.get("valueMillions").decimalValue()).isEqualByComparingTo("28.6");
        JsonNode shares = api.reportJson("funding-sources?year=2024&asOf=2024-12-31").get("sources");
        assertThat(shares.get(0).get("percent").asInt()).isEqualTo(89);
        assertThat(shares.get(1).get("percent").asInt()).isEqualTo(11);

        String expected = Files.readString(root.resolve("deploy/reference-data/expected_figure4.csv"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(api.report("ictdf-projects?year=2024&asOf=2024-12-31", "text/csv")).isEqualTo(expected));
    }

    /** 11,000,000.00 transferred in, 10,425,305.00 allocated as amended at that date. */
    @Test
    @Order(3)
    void theIctDfAccountKeeps574695FrancsAtTheEndOf2024() {
        JsonNode account = api.ictDfAccount("2024-12-31");

        assertThat(account.get("transfersIn").decimalValue()).isEqualTo(new BigDecimal("11000000.00"));
        assertThat(account.get("allocated").decimalValue()).isEqualTo(new BigDecimal("10425305.00"));
        assertThat(account.get("balance").decimalValue()).isEqualTo(new BigDecimal("574695.00"));
    }

    @Test
    @Order(4)
    void loadingTheReferencePortfolioAgainChangesNothing() throws Exception {
        JsonNode before = api.portfolioByRegionJson("2024-12-31");
        JsonNode accountBefore = api.ictDfAccount("2024-12-31");

        new ReferencePortfolioLoader(api, portfolio).load();

        assertThat(api.portfolioByRegionJson("2024-12-31")).isEqualTo(before);
        assertThat(api.ictDfAccount("2024-12-31")).isEqualTo(accountBefore);
    }

    @Test
    @Order(5)
    void oneMoreAgreementMovesItsRegionsTotalsByExactlyItsAmount() {
        String today = LocalDate.now().toString();
        JsonNode before = api.portfolioByRegionJson(today);
        BigDecimal amount = new BigDecimal("12345.67");

        PortfolioApi.Response signed = api.signAgreement(PortfolioApi.JSON.createObjectNode()
                .put("projectNumber", "7MNE24002")
                .put("partnerId", "CH-OFCOM")
                .put("fundingSource", "PARTNER")
                .put("currency", "CHF")
                .put("originalAmount", amount)
                .put("signedOn", today));
        assertThat(signed.status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            JsonNode after = api.portfolioByRegionJson(today);
            assertThat(amount(after, EUROPE, "partnerFunding"))
                    .isEqualTo(amount(before, EUROPE, "partnerFunding").add(amount));
            assertThat(amount(after, EUROPE, "total")).isEqualTo(amount(before, EUROPE, "total").add(amount));
            assertThat(after.get("total").get("total").decimalValue())
                    .isEqualTo(before.get("total").get("total").decimalValue().add(amount));
            assertThat(region(after, EUROPE).get("projects")).isEqualTo(region(before, EUROPE).get("projects"));
            for (JsonNode region : before.get("regions")) {
                if (!region.get("region").asText().equals(EUROPE)) {
                    assertThat(region(after, region.get("region").asText())).isEqualTo(region);
                }
            }
        });
    }

    @Test
    @Order(6)
    void anAgreementSignedWhileReportingServiceIsDownIsCountedWhenItComesBack() throws Exception {
        String today = LocalDate.now().toString();
        BigDecimal before = amount(api.portfolioByRegionJson(today), EUROPE, "ituFunding");
        reportingService.close();

        ObjectNode agreement = PortfolioApi.JSON.createObjectNode()
                .put("projectNumber", "7MNE24002")
                .put("fundingSource", "ITU")
                .put("currency", "CHF")
                .put("originalAmount", new BigDecimal("100.05"))
                .put("signedOn", today);
        assertThat(api.signAgreement(agreement).status()).isEqualTo(201);

        reportingService.start().awaitReady(STARTUP);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(amount(api.portfolioByRegionJson(today), EUROPE, "ituFunding"))
                        .isEqualTo(before.add(new BigDecimal("100.05"))));
    }

    @Test
    @Order(6)
    void afterARestartOfReportingServiceTheReadModelReconcilesWithTheSources() {
        assertReconciled("2024-11-30");
        assertReconciled("2024-12-31");
        assertReconciled(LocalDate.now().toString());
    }

    @Test
    @Order(7)
    void aRebuildKeepsTheFiguresAndStillReconcilesAfterTheNextRestart() throws Exception {
        String today = LocalDate.now().toString();
        JsonNode figure1 = api.portfolioByRegionJson("2024-12-31");
        JsonNode todays = api.portfolioByRegionJson(today);

        long id = api.startRebuild().get("id").asLong();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"RUNNING".equals(api.rebuild(id).get("state").asText()));
        assertThat(api.rebuild(id).get("state").asText()).isEqualTo("FINISHED");
        assertThat(api.portfolioByRegionJson("2024-12-31")).isEqualTo(figure1);
        assertThat(api.portfolioByRegionJson(today)).isEqualTo(todays);
        assertReconciled(today);

        reportingService.close();
        reportingService.start().awaitReady(STARTUP);
        assertThat(api.portfolioByRegionJson("2024-12-31")).isEqualTo(figure1);
        assertReconciled("2024-12-31");
        assertReconciled(today);
    }

    /**
     * EC's agreements of the reference portfolio, amounts as the reference data has them; its schedule came from
     * project-service's PartnerReportScheduled, through Kafka.
     */
    @Test
    @Order(9)
    void thePartnerReportOfEcListsItsProjectsAndExactAmounts() {
        JsonNode report = api.reportJson("partners/EC?asOf=2024-12-31");

        assertThat(report.get("partnerName").asText()).isEqualTo("European Commission");
        assertThat(report.get("total").get("agreements").asInt()).isEqualTo(19);
        assertThat(report.get("total").get("signedChf").decimalValue()).isEqualTo(new BigDecimal("33166026.12"));
        JsonNode africaBbMaps = agreementOf(report, "9RAF24107");
        assertThat(africaBbMaps.get("signed").get("chf").decimalValue()).isEqualTo(new BigDecimal("16499967.59"));
        assertThat(africaBbMaps.get("received").get("amount").decimalValue()).isEqualTo(new BigDecimal("0.00"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(agreementOf(api.reportJson("partners/EC?asOf=2024-12-31"), "9RAF24107")
                        .get("schedule").get("intervalMonths").asInt()).isEqualTo(6));
    }

    @Test
    @Order(10)
    void theQuarterlyReportOf2024Q4AnswersWithFigure1AtItsEnd() {
        JsonNode quarter = api.reportJson("quarterly/2024-Q4").get("report");
        JsonNode figure1 = api.portfolioByRegionJson("2024-12-31");

        assertThat(quarter.get("end").asText()).isEqualTo("2024-12-31");
        assertThat(quarter.get("figures").get("ongoingProjects").asLong())
                .isEqualTo(figure1.get("total").get("projects").asLong());
        assertThat(quarter.get("projects").get("signed").toString()).contains("9BRA24027");
    }

    /** Only health, metrics and the OpenAPI documents stay open (the services' own tests cover every operation). */
    @Test
    @Order(11)
    void aCallWithoutATokenIsAnswered401ByEachService() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String call : new String[] {projectService.url() + "/api/projects/7MNE24002",
                fundingService.url() + "/api/agreements/7BTN23069-01",
                reportingService.url() + "/api/reports/portfolio-by-region?asOf=2024-12-31"}) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(call)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(call).isEqualTo(401);
        }
    }

    @Test
    @Order(11)
    void aViewerTokenReadsFigure1AsPrinted() throws Exception {
        PortfolioApi viewer = api.as(tokenOf("viewer"));

        assertThat(viewer.portfolioByRegionCsv("2024-12-31"))
                .isEqualTo(Files.readString(root.resolve("deploy/reference-data/expected_figure1.csv")));
    }

    /** Another partner's report answers as if that partner did not exist. */
    @Test
    @Order(11)
    void aPartnerTokenReadsItsOwnPartnerReportButNotAnotherPartners() throws Exception {
        PortfolioApi europeanCommission = api.as(tokenOf("partner-ec"));

        PortfolioApi.Response own = europeanCommission.partnerReport("EC", "2024-12-31");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(PortfolioApi.JSON.readTree(own.body()).get("partnerName").asText()).isEqualTo("European Commission");
        assertThat(europeanCommission.partnerReport("JP-MIC", "2024-12-31").status()).isEqualTo(404);
    }

    /** funding-service checks the project with project-service under a client-credentials token of its own. */
    @Test
    @Order(11)
    void financeSignsAnAgreementWhichFundingServiceChecksWithProjectServiceUnderItsOwnToken() throws Exception {
        PortfolioApi finance = api.as(tokenOf("finance"));

        PortfolioApi.Response signed = finance.signAgreement(PortfolioApi.JSON.createObjectNode()
                .put("projectNumber", "7MNE24002")
                .put("partnerId", "CH-OFCOM")
                .put("fundingSource", "PARTNER")
                .put("currency", "CHF")
                .put("originalAmount", new BigDecimal("2500.00"))
                .put("signedOn", LocalDate.now().toString()));

        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        JsonNode agreement = read(finance.agreement(read(signed).get("agreementNumber").asText()));
        assertThat(agreement.get("projectNumber").asText()).isEqualTo("7MNE24002");
        assertThat(agreement.get("chfAmount").decimalValue()).isEqualTo(new BigDecimal("2500.00"));
    }

    /** A demo user's token from the realm (fetched per test: it lives 30 minutes). */
    private Supplier<String> tokenOf(String username) throws Exception {
        return system.tokenOf(username);
    }

    private static JsonNode agreementOf(JsonNode report, String projectNumber) {
        for (JsonNode project : report.get("projects")) {
            if (project.get("projectNumber").asText().equals(projectNumber)) {
                return project.get("agreements").get(0);
            }
        }
        throw new AssertionError(projectNumber + " is not in the partner report");
    }

    /** Waits for the events in flight, then expects no difference at all. */
    private void assertReconciled(String asOf) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.reconciliation(asOf).get("differences")).as("differences as of " + asOf).isEmpty());
    }

    /** Issue 4's "done when": a new project from its proposal to its financial closure, through all three services. */
    @Test
    @Order(8)
    void aNewProjectWalksFromProposalThroughTheBoardAndItsAgreementsToFinancialClosure() throws Exception {
        String project = "9EUR26901";
        String today = LocalDate.now().toString();
        // its own partner, so that the walk holds whether or not the reference portfolio was loaded before
        assertThat(api.registerPartner(PortfolioApi.JSON.createObjectNode().put("partnerId", WALK_PARTNER)
                .put("name", "Rural Libraries Foundation").put("type", "foundation")).status()).isIn(201, 409);
        assertThat(api.registerProject(PortfolioApi.JSON.createObjectNode().put("projectNumber", project)
                .put("title", "Digital skills for rural libraries").put("region", EUROPE).put("scope", "NATIONAL")
                .put("startDate", today).put("endDate", LocalDate.now().plusYears(2).toString())).status())
                .isEqualTo(201);

        String first = meeting("A", today);
        assertThat(draftAgendaKinds(first, project)).containsExactly("NEW_PROPOSAL");
        decide(first, project, "NEW_PROPOSAL", "APPROVED");
        assertThat(status(project)).isEqualTo("APPROVED");

        assertThat(sign(project, "PROJECT_AGREEMENT", today, "80000.00").status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(status(project)).isEqualTo("ONGOING"));

        requestBoard(project, "SUPPLEMENT", "a second phase, CHF 20,000 more");
        decide(meeting("B", today), project, "SUPPLEMENT", "APPROVED");
        assertThat(sign(project, "SUPPLEMENTARY_AGREEMENT", today, "20000.00").status()).isEqualTo(201);

        requestBoard(project, "CLOSURE", "all outputs delivered");
        decide(meeting("C", today), project, "CLOSURE", "APPROVED");
        assertThat(status(project)).isEqualTo("OPERATIONALLY_CLOSED");

        assertThat(api.transition(project, PortfolioApi.JSON.createObjectNode().put("to", "FINANCIALLY_CLOSED")
                .put("reason", "accounts closed")).status()).isEqualTo(201);
        JsonNode history = read(api.projectHistory(project));
        assertThat(history.findValuesAsText("to")).containsExactly("PROPOSED", "APPROVED", "ONGOING",
                "OPERATIONALLY_CLOSED", "FINANCIALLY_CLOSED");
        assertThat(history.findValuesAsText("cause")).containsExactly("REGISTRATION", "BOARD_DECISION",
                "AGREEMENT_SIGNED", "BOARD_DECISION", "MANUAL");
        assertThat(history.get(1).get("actor").asText()).isEqualTo(first.replace("PB-", "Project Board PB-"));
    }

    private String meeting(String suffix, String date) {
        String number = "PB-" + date.substring(0, 7) + suffix;
        assertThat(api.scheduleBoardMeeting(PortfolioApi.JSON.createObjectNode().put("meetingNumber", number)
                .put("meetingDate", date).set("attendees", PortfolioApi.JSON.createArrayNode().add("BDT Director")))
                .status()).isEqualTo(201);
        return number;
    }

    private List<String> draftAgendaKinds(String meeting, String project) throws Exception {
        List<String> kinds = new ArrayList<>();
        read(api.boardAgenda(meeting)).get("items").forEach(item -> {
            if (item.get("projectNumber").asText().equals(project)) {
                kinds.add(item.get("kind").asText());
            }
        });
        return kinds;
    }

    /** Adopts the meeting's agenda and records the outcome on the project's item of that kind. */
    private void decide(String meeting, String project, String kind, String outcome) throws Exception {
        long itemId = -1;
        for (JsonNode item : read(api.adoptBoardAgenda(meeting)).get("items")) {
            if (item.get("projectNumber").asText().equals(project) && item.get("kind").asText().equals(kind)) {
                itemId = item.get("itemId").asLong();
            }
        }
        PortfolioApi.Response decided = api.recordBoardDecision(meeting, PortfolioApi.JSON.createObjectNode()
                .put("itemId", itemId).put("outcome", outcome).put("text", kind + " " + outcome.toLowerCase()));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    }

    private void requestBoard(String project, String kind, String summary) {
        assertThat(api.requestBoard(PortfolioApi.JSON.createObjectNode().put("kind", kind).put("projectNumber", project)
                .put("summary", summary).put("requestedBy", "project manager")).status()).isEqualTo(201);
    }

    private PortfolioApi.Response sign(String project, String kind, String date, String amount) {
        return api.signAgreement(PortfolioApi.JSON.createObjectNode().put("projectNumber", project)
                .put("partnerId", WALK_PARTNER).put("fundingSource", "PARTNER").put("kind", kind).put("currency", "CHF")
                .put("originalAmount", new BigDecimal(amount)).put("signedOn", date));
    }

    private String status(String project) throws Exception {
        return read(api.project(project)).get("status").asText();
    }

    private static JsonNode read(PortfolioApi.Response response) throws Exception {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return PortfolioApi.JSON.readTree(response.body());
    }

    private static JsonNode region(JsonNode report, String region) {
        for (JsonNode row : report.get("regions")) {
            if (row.get("region").asText().equals(region)) {
                return row;
            }
        }
        throw new AssertionError("no region " + region + " in " + report);
    }

    private static BigDecimal amount(JsonNode report, String region, String field) {
        return region(report, region).get(field).decimalValue();
    }
}
