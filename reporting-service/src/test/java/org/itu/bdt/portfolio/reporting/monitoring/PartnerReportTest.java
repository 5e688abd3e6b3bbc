package org.itu.bdt.portfolio.reporting.monitoring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.PortfolioEventProducer;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.itu.bdt.portfolio.reporting.ReferencePortfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.fundingEvent;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectEvent;

/** Partner report data for EC, the reference portfolio's largest partner, with its payments and partner reports. */
@QuarkusTest
class PartnerReportTest {

    private static final String AGREEMENT = "9RAF24107-01";

    @Inject
    ReadModelTables tables;

    @BeforeEach
    void loadTheReferencePortfolioWithEcPaymentsAndReports() {
        tables.clear();
        List<PortfolioEvent> events = new ArrayList<>(ReferencePortfolio.events());
        events.addAll(monitoring());
        apply(events);
    }

    @Test
    void theReportListsEveryProjectEcFundsWithExactAmountsSignedInEffectAndReceived() {
        JsonPath report = report("2024-12-31");

        assertThat(report.getString("partnerName")).isEqualTo("European Commission");
        assertThat(report.getInt("total.agreements")).isEqualTo(19);
        assertThat(report.getString("total.signedChf")).isEqualTo("33166026.12");
        assertThat(report.getString("total.inEffectChf")).isEqualTo("33166026.12");
        assertThat(report.getString("total.receivedChf")).isEqualTo("6519996.00");
        Map<String, Object> agreement = agreement(report);
        assertThat(agreement).containsEntry("currency", "EUR");
        assertThat(report.getString(path("received.amount"))).isEqualTo("7000000.00");
        assertThat(report.getString(path("received.chf"))).isEqualTo("6519996.00");
        assertThat(report.getString(path("signed.chf"))).isEqualTo("16499967.59");
        assertThat(report.getString("projects.find { it.projectNumber == '9RAF24107' }.status")).isEqualTo("ONGOING");
    }

    @Test
    void paymentsCountOnlyUpToAsOf() {
        JsonPath report = report("2024-06-30");

        assertThat(report.getString(path("received.amount"))).isEqualTo("5000000.00");
        assertThat(report.getString(path("received.chf"))).isEqualTo("4657140.00");
        assertThat(report.getInt("total.agreements")).isEqualTo(17);
    }

    @Test
    void anOverdueReportShowsUntilItIsSubmittedAndThenItsRisksAppear() {
        JsonPath overdue = report("2024-10-31");
        assertThat(overdue.getList(path("schedule.overdueReports.reportId"))).containsExactly(AGREEMENT + "-R1");
        assertThat(overdue.getString(path("schedule.nextDueOn"))).isEqualTo("2025-01-30");
        assertThat(overdue.getString(path("schedule.intervalMonths"))).isEqualTo("6");
        assertThat(overdue.getString(path("latestReport"))).isNull();

        JsonPath submitted = report("2024-12-31");
        assertThat(submitted.getList(path("schedule.overdueReports"))).isEmpty();
        assertThat(submitted.getString(path("latestReport.challenges"))).isEqualTo("Customs clearance took months");
        assertThat(submitted.getString(path("latestReport.risks[0].rating"))).isEqualTo("HIGH");
        assertThat(submitted.getString(path("latestReport.risks[0].description")))
                .isEqualTo("Rainy season delays site works");
    }

    @Test
    void theCsvHasOneRowPerAgreementAndATotal() {
        String csv = given().accept("text/csv").get("/api/reports/partners/EC?asOf=2024-12-31")
                .then().statusCode(200).extract().asString();

        assertThat(csv.lines()).hasSize(1 + 19 + 1);
        assertThat(csv).contains(",9RAF24107-01,PROJECT_AGREEMENT,2024-01-30,EUR,17714700.00,16499967.59,"
                + "17714700.00,16499967.59,7000000.00,6519996.00,,6,2025-01-30,0");
    }

    @Test
    void anUnknownPartnerIsANotFoundProblem() {
        given().get("/api/reports/partners/NOBODY").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"));
    }

    @Test
    void eventsDeliveredTwiceOrInReverseChangeNothing() {
        String inOrder = given().get("/api/reports/partners/EC?asOf=2024-12-31").asString();
        tables.clear();
        List<PortfolioEvent> reversed = new ArrayList<>(ReferencePortfolio.events());
        reversed.addAll(monitoring());
        Collections.reverse(reversed);
        reversed.addAll(monitoring().subList(0, 4));
        apply(reversed);

        assertThat(given().get("/api/reports/partners/EC?asOf=2024-12-31").asString()).isEqualTo(inOrder);
    }

    private static List<PortfolioEvent> monitoring() {
        Map<String, Object> report = Map.of("reportId", AGREEMENT + "-R1", "agreementNumber", AGREEMENT,
                "projectNumber", "9RAF24107", "partnerId", "EC", "finalReport", false, "dueOn", "2024-07-30");
        return List.of(
                instalment("FIN-2024-0815", "2024-04-02", "5000000.00", "4657140.00"),
                instalment("FIN-2024-1105", "2024-11-05", "2000000.00", "1862856.00"),
                projectEvent("PartnerReportScheduled", "9RAF24107", Map.of("agreementNumber", AGREEMENT,
                        "projectNumber", "9RAF24107", "partnerId", "EC", "intervalMonths", 6,
                        "deadlines", List.of(Map.of("reportId", AGREEMENT + "-R1", "dueOn", "2024-07-30"),
                                Map.of("reportId", AGREEMENT + "-R2", "dueOn", "2025-01-30")))),
                projectEvent("PartnerReportDue", "9RAF24107", report),
                projectEvent("PartnerReportOverdue", "9RAF24107", with(report, Map.of("overdueSince", "2024-08-30"))),
                projectEvent("PartnerReportSubmitted", "9RAF24107", with(report, Map.of("submittedOn", "2024-11-20",
                        "challenges", "Customs clearance took months",
                        "risks", List.of(Map.of("description", "Rainy season delays site works", "rating", "HIGH",
                                "mitigation", "Works moved to the dry months"))))));
    }

    /** A payment on EC's agreement, with the CHF funding-service booked for it (the agreement's 0.931428). */
    private static PortfolioEvent instalment(String reference, String receivedOn, String amount, String chfAmount) {
        return fundingEvent("InstalmentReceived", "9RAF24107", Map.of("agreementNumber", AGREEMENT,
                "projectNumber", "9RAF24107", "partnerId", "EC", "reference", reference, "receivedOn", receivedOn,
                "amount", amount, "chfAmount", chfAmount, "currency", "EUR"));
    }

    private static Map<String, Object> with(Map<String, Object> data, Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(data);
        all.putAll(more);
        return all;
    }

    private static String path(String field) {
        return "projects.find { it.projectNumber == '9RAF24107' }.agreements[0]." + field;
    }

    private static Map<String, Object> agreement(JsonPath report) {
        return report.getMap("projects.find { it.projectNumber == '9RAF24107' }.agreements[0]");
    }

    private static JsonPath report(String asOf) {
        return given().queryParam("asOf", asOf).get("/api/reports/partners/EC")
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private void apply(List<PortfolioEvent> events) {
        try (var producer = new PortfolioEventProducer()) {
            producer.send(events.toArray(PortfolioEvent[]::new));
        }
        Set<UUID> ids = events.stream().map(PortfolioEvent::id).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(60)).until(() -> tables.consumedOf(ids) == ids.size());
    }
}
