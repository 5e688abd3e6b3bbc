package org.itu.bdt.portfolio.reporting.monitoring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.reporting.ConstructedQuarter;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The quarterly monitoring report of a constructed first quarter of 2025 ({@link ConstructedQuarter}). */
@QuarkusTest
class QuarterlyReportTest {

    @Inject
    ReadModelTables tables;

    @BeforeEach
    void startFromTheConstructedQuarterUnlocked() {
        tables.unlockAllQuarters();
        tables.clear();
        apply(ConstructedQuarter.events());
    }

    @Test
    void theQuarterCountsStartsEndsClosuresOverdueReportsAndOpenActionsWithTheirProjects() {
        JsonPath report = report("2025-Q1", "2025-06-30");

        assertThat(report.getMap("report.figures")).containsEntry("started", 1).containsEntry("ending", 1)
                .containsEntry("closed", 1).containsEntry("overdueReports", 1).containsEntry("openActions", 1)
                .containsEntry("overdueActions", 1).containsEntry("ongoingProjects", 2);
        assertThat(report.getList("report.projects.started")).containsExactly("7AAA25001");
        assertThat(report.getList("report.projects.ending")).containsExactly("7BBB21001");
        assertThat(report.getList("report.projects.closed")).containsExactly("7BBB21001");
        assertThat(report.getList("report.projects.overdueReports")).containsExactly("7CCC24001");
        assertThat(report.getList("report.projects.overdueActions")).containsExactly("7CCC24001");
        assertThat(report.getString("report.end")).isEqualTo("2025-03-31");
    }

    @Test
    void moneySignedIsAsSignedAndReceivedIsAtTheAgreementsRate() {
        JsonPath report = report("2025-Q1", "2025-06-30");

        assertThat(report.getString("report.figures.signedPartnerChf")).isEqualTo("100000.00");
        assertThat(report.getString("report.figures.signedItuChf")).isEqualTo("20000.00");
        assertThat(report.getString("report.figures.receivedChf")).isEqualTo("9500.00");
        assertThat(report.getString("report.figures.ongoingPartnerChf")).isEqualTo("290000.00");
        assertThat(report.getString("report.figures.ongoingItuChf")).isEqualTo("20000.00");
        assertThat(report.getString("report.overview.find { it.region == 'EUROPE' }.totalChf"))
                .isEqualTo("120000.00");
    }

    @Test
    void aRunningQuarterIsCountedUpToAsOf() {
        JsonPath report = report("2025-Q1", "2025-02-14");

        assertThat(report.getString("report.end")).isEqualTo("2025-02-14");
        assertThat(report.getMap("report.figures")).containsEntry("closed", 0).containsEntry("overdueReports", 0)
                .containsEntry("openActions", 2).containsEntry("overdueActions", 0);
    }

    @Test
    void theCsvIsTheFiguresTable() {
        String csv = given().accept("text/csv").get("/api/reports/quarterly/2025-Q1?asOf=2025-06-30")
                .then().statusCode(200).extract().asString();

        assertThat(csv).startsWith("period,figure,value\n2025-Q1,projects started,1\n")
                .contains("2025-Q1,signed partner CHF,100000.00\n");
    }

    @Test
    void aPeriodThatIsNoQuarterIsABadRequestProblem() {
        given().get("/api/reports/quarterly/2024-Q5").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void eventsDeliveredTwiceOrInReverseChangeNothing() {
        String inOrder = given().get("/api/reports/quarterly/2025-Q1?asOf=2025-06-30").asString();
        tables.clear();
        List<PortfolioEvent> reversed = new ArrayList<>(ConstructedQuarter.events());
        Collections.reverse(reversed);
        reversed.addAll(ConstructedQuarter.events().subList(0, 8));
        apply(reversed);

        assertThat(given().get("/api/reports/quarterly/2025-Q1?asOf=2025-06-30").asString()).isEqualTo(inOrder);
    }

    static JsonPath report(String period, String asOf) {
        return given().queryParam("asOf", asOf).get("/api/reports/quarterly/" + period)
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private void apply(List<PortfolioEvent> events) {
        ConstructedQuarter.apply(tables, events);
    }
}
