package org.itu.bdt.portfolio.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three services from their packaged jars, together on a real Kafka broker and fresh PostgreSQL databases:
 * the reference portfolio goes in through the REST APIs and Figure 1 comes out of reporting-service as printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortfolioEndToEndIT {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final String EUROPE = "EUROPE";

    private final Path root = Path.of(System.getProperty("portfolio.root", "../..")).toAbsolutePath().normalize();
    private final LocalDatabases databases = new LocalDatabases();
    /** Lets two checkouts run the end-to-end test at once on one PostgreSQL without sharing databases. */
    private final String suffix = System.getenv().getOrDefault("E2E_DATABASE_SUFFIX", "e2e");
    private InProcessKafkaBroker kafka;
    private ServiceProcess projectService;
    private ServiceProcess fundingService;
    private ServiceProcess reportingService;
    private PortfolioApi api;
    private ReferencePortfolio portfolio;

    @BeforeAll
    void startTheSystemOnAFreshPortfolio() throws Exception {
        for (String database : new String[] {"projects_", "funding_", "reporting_"}) {
            databases.recreate(database + suffix);
        }
        kafka = new InProcessKafkaBroker();
        projectService = new ServiceProcess(root, "project-service", environment("PROJECTS_DB", "projects_" + suffix));
        projectService.start();
        Map<String, String> funding = environment("FUNDING_DB", "funding_" + suffix);
        funding.put("PROJECT_SERVICE_URL", projectService.url());
        fundingService = new ServiceProcess(root, "funding-service", funding).start();
        reportingService = new ServiceProcess(root, "reporting-service", environment("REPORTING_DB", "reporting_" + suffix))
                .start();
        for (ServiceProcess service : new ServiceProcess[] {projectService, fundingService, reportingService}) {
            service.awaitReady(STARTUP);
        }
        api = new PortfolioApi(projectService.url(), fundingService.url(), reportingService.url());
        portfolio = ReferencePortfolio.read(root.resolve("deploy/reference-data"));
    }

    @AfterAll
    void stopTheSystem() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] {reportingService, fundingService, projectService, kafka}) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    @Order(1)
    void theReferencePortfolioLoadedThroughTheApisReproducesFigure1AsPrinted() throws Exception {
        new ReferencePortfolioLoader(api, portfolio).load();

        String expected = Files.readString(root.resolve("deploy/reference-data/expected_figure1.csv"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(api.portfolioByRegionCsv("2024-12-31")).isEqualTo(expected));
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

    private Map<String, String> environment(String databaseVariable, String database) {
        Map<String, String> environment = new HashMap<>();
        environment.put(databaseVariable, database);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        return environment;
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
