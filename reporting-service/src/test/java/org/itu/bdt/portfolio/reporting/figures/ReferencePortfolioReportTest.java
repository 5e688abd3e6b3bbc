package org.itu.bdt.portfolio.reporting.figures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.PortfolioEventProducer;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.itu.bdt.portfolio.reporting.ReferencePortfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ReferencePortfolioReportTest {

    private static final String REPORT = "/api/reports/portfolio-by-region";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReadModelTables tables;

    /** Loaded once for the class: every test here only reads. */
    private static boolean loaded;

    @BeforeEach
    void loadTheReferencePortfolioInShuffledOrder() {
        if (loaded) {
            return;
        }
        tables.clear();
        List<PortfolioEvent> events = new ArrayList<>(ReferencePortfolio.events());
        assertThat(events).hasSize(24 + 105 + 105 + 149 + 1);
        Collections.shuffle(events, new Random(20241231));
        try (var producer = new PortfolioEventProducer()) {
            producer.send(events);
        }
        Set<UUID> ids = events.stream().map(PortfolioEvent::id).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(90)).until(() -> tables.consumedOf(ids) == ids.size());
        loaded = true;
    }

    @Test
    void theReferencePortfolioReproducesFigure1ByteForByte() {
        String csv = given().accept("text/csv").queryParam("asOf", "2024-12-31").get(REPORT)
                .then().statusCode(200).extract().asString();

        assertThat(csv).isEqualTo(ReferencePortfolio.text("expected_figure1.csv"));
    }

    @Test
    void beforeTheAmendmentEuropeShowsTheIctDfAllocationAsSigned() {
        String november = json("2024-11-30");
        assertThat(november)
                .contains("{\"region\":\"EUROPE\",\"label\":\"Europe\",\"projects\":4,\"partnerFunding\":4034640.00,"
                        + "\"ituFunding\":47500.00,\"total\":4082140.00}")
                .contains("\"total\":{\"projects\":103,\"partnerFunding\":79851669.98,\"ituFunding\":10340605.00,"
                        + "\"total\":90192274.98}");
        assertThat(json("2024-12-01")).contains("\"ituFunding\":47500.00,\"total\":4082140.00}");
        assertThat(json("2024-12-02")).contains("\"ituFunding\":44200.00,\"total\":4078840.00}");
        assertThat(json("2024-12-31"))
                .contains("\"total\":{\"projects\":105,\"partnerFunding\":80034650.00,\"ituFunding\":10425305.00,"
                        + "\"total\":90459955.00}");
    }

    @Test
    void theReferencePortfolioReproducesFigure4ByteForByte() {
        String csv = given().accept("text/csv").queryParam("year", "2024").queryParam("asOf", "2024-12-31")
                .get("/api/reports/ictdf-projects").then().statusCode(200).extract().asString();

        assertThat(csv).isEqualTo(ReferencePortfolio.text("expected_figure4.csv"));
    }

    @Test
    void figure4InJsonHasTheExactAmountsAsSignedAndThePartnersByName() {
        JsonPath figure4 = given().queryParam("year", "2024").queryParam("asOf", "2024-12-31")
                .get("/api/reports/ictdf-projects").then().statusCode(200).extract().jsonPath();
        String body = given().queryParam("year", "2024").queryParam("asOf", "2024-12-31")
                .get("/api/reports/ictdf-projects").then().extract().asString();

        assertThat(figure4.getList("projects.projectNumber")).hasSize(13).startsWith("7GLO24139", "7GLO24144");
        assertThat(body).contains("\"total\":{\"projects\":13,\"externalFunds\":20250737.24,"
                + "\"ituFunds\":3205900.00,\"total\":23456637.24}");
        assertThat(body).contains("\"projectNumber\":\"7MNE24002\"", "\"ituFunds\":47500.00");
        assertThat(figure4.getList("projects.find { it.projectNumber == '7MNE24002' }.partners"))
                .containsExactly("Government of Montenegro", "SDG Acceleration Fund");
    }

    @Test
    void theProjectsSignedIn2024Are37Worth28Point6MillionFrancs() {
        String body = given().queryParam("asOf", "2024-12-31").get("/api/reports/signed-per-year")
                .then().statusCode(200).extract().asString();
        JsonPath perYear = JsonPath.from(body);

        assertThat(perYear.getInt("from")).isEqualTo(2014);
        assertThat(perYear.getList("years.projects", Integer.class))
                .containsExactly(1, 2, 2, 3, 4, 5, 7, 10, 14, 20, 37);
        assertThat(body).contains("{\"year\":2024,\"projects\":37,\"partnerFunding\":25434091.44,"
                + "\"ituFunding\":3205900.00,\"value\":28639991.44,\"valueMillions\":28.6}");
    }

    @Test
    void the2024ProjectsAre89PercentPartnerAnd11PercentItuWithThePrinted92And8AsAKnownDeviation() {
        JsonPath shares = given().queryParam("year", "2024").queryParam("asOf", "2024-12-31")
                .get("/api/reports/funding-sources").then().statusCode(200).extract().jsonPath();

        assertThat(shares.getInt("projects")).isEqualTo(37);
        assertThat(shares.getList("sources.percent", Integer.class)).containsExactly(89, 11);
        assertThat(shares.getInt("knownDeviation.printedPartnerPercent")).isEqualTo(92);
        assertThat(shares.getInt("knownDeviation.printedItuPercent")).isEqualTo(8);
        String csv = given().accept("text/csv").queryParam("year", "2024").queryParam("asOf", "2024-12-31")
                .get("/api/reports/funding-sources").then().statusCode(200).extract().asString();
        assertThat(csv).isEqualTo("""
                source,label,funding,percent
                PARTNER,Partners (extrabudgetary),25434.1,89
                ITU,ITU (ICT-DF),3205.9,11
                Total,37 projects signed in 2024,28640.0,100
                """);
    }

    @Test
    void theSpreadsheetHasNumericCellsEqualToTheJson() throws Exception {
        byte[] xlsx = given().accept(XLSX).queryParam("asOf", "2024-12-31").get(REPORT)
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        JsonPath json = exact(given().queryParam("asOf", "2024-12-31").get(REPORT).then().extract().asString());

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("portfolio-by-region");
            assertThat(text(sheet.getRow(0))).containsExactly("region", "projects", "partner_funding",
                    "partner_funding_chf", "itu_funding", "itu_funding_chf", "total", "total_chf");
            for (int region = 0; region < 7; region++) {
                Row row = sheet.getRow(region + 1);
                String path = "regions[" + region + "].";
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(json.getInt(path + "projects"));
                assertThat(number(row.getCell(3))).isEqualByComparingTo(json.getString(path + "partnerFunding"));
                assertThat(number(row.getCell(5))).isEqualByComparingTo(json.getString(path + "ituFunding"));
                assertThat(number(row.getCell(7))).isEqualByComparingTo(json.getString(path + "total"));
            }
            Row total = sheet.getRow(8);
            assertThat(number(total.getCell(2))).isEqualByComparingTo("80034.7");
            assertThat(number(total.getCell(7))).isEqualByComparingTo(json.getString("total.total"));
        }
    }

    @Test
    void europeDrillsDownToItsProjectsAndAgreementsWithTheirConversion() {
        String before = drillDown("2024-11-30");
        String after = drillDown("2024-12-31");

        assertThat(before).contains("{\"agreementNumber\":\"7MNE24002-03\",\"partnerId\":null,"
                + "\"partnerName\":null,\"fundingSource\":\"ITU\",\"kind\":\"PROJECT_AGREEMENT\","
                + "\"contribution\":\"CASH\",\"signedOn\":\"2024-09-12\",\"amendedOn\":null,"
                + "\"cancelledOn\":null,\"currency\":\"CHF\",\"originalAmount\":47500.00,"
                + "\"chfAmount\":47500.00");
        assertThat(after).contains("\"amendedOn\":\"2024-12-02\",\"cancelledOn\":null,\"currency\":\"CHF\","
                + "\"originalAmount\":44200.00,\"chfAmount\":44200.00");
        assertThat(after).contains("\"agreementNumber\":\"7MNE24002-01\",\"partnerId\":\"ME-GOV\","
                + "\"partnerName\":\"Government of Montenegro\"", "\"currency\":\"EUR\","
                + "\"originalAmount\":51000.00,\"chfAmount\":48005.18");
        assertThat(after).contains("\"total\":{\"projects\":4,\"partnerFunding\":4034640.00,"
                + "\"ituFunding\":44200.00,\"total\":4078840.00}");
    }

    @Test
    void theBreakdownsCountTheSamePortfolio() {
        JsonPath byStatus = breakdown("portfolio-by-status");
        JsonPath bySource = breakdown("portfolio-by-funding-source");
        JsonPath byPartner = breakdown("portfolio-by-partner");
        JsonPath byInitiative = breakdown("portfolio-by-initiative");

        assertThat(byStatus.getList("rows.key")).containsExactly("ONGOING");
        assertThat(byStatus.getInt("total.projects")).isEqualTo(105);
        assertThat(new BigDecimal(bySource.getString("rows[0].total"))
                .add(new BigDecimal(bySource.getString("rows[1].total"))))
                .isEqualByComparingTo(bySource.getString("total.total"))
                .isEqualByComparingTo("90459955.00");
        assertThat(byPartner.getString("rows.find { it.key == 'EC' }.label")).isEqualTo("European Commission");
        assertThat(byPartner.getString("rows.find { it.key == 'itu' }.ituFunding")).isEqualTo("10425305.00");
        assertThat(byInitiative.getString("rows.find { it.key == 'ASP5' }.label"))
                .isEqualTo("ASP5 – Secure and resilient ICT");
        assertThat(byInitiative.getInt("total.projects")).isEqualTo(105);
    }

    @Test
    void anUnsupportedAcceptHeaderIsA406Problem() {
        given().accept("application/xml").get("/api/reports/signed-per-year").then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-acceptable"));
    }

    private static JsonPath breakdown(String report) {
        return exact(given().queryParam("asOf", "2024-12-31").get("/api/reports/" + report)
                .then().statusCode(200).extract().asString());
    }

    /** Numbers as BigDecimal, so that no amount passes through a float. */
    private static JsonPath exact(String body) {
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static String drillDown(String asOf) {
        return given().queryParam("asOf", asOf).get(REPORT + "/EUROPE/projects")
                .then().statusCode(200).extract().asString();
    }

    private static List<String> text(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    private static BigDecimal number(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }

    private static String json(String asOf) {
        return given().queryParam("asOf", asOf).get(REPORT).then().statusCode(200).extract().asString();
    }
}
