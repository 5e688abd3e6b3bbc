package org.itu.bdt.portfolio.reporting.ledger;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementAmended;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementCancelled;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.partnerRegistered;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.partnerUpdated;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectStatusChanged;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectUpdated;

/** Every report counts a project by its status at asOf, whatever order or how often the events arrive. */
@QuarkusTest
class StatusHistoryReportTest {

    private static final List<String> REPORTS = List.of("portfolio-by-region", "portfolio-by-status",
            "portfolio-by-partner", "portfolio-by-initiative", "portfolio-by-funding-source", "portfolio-by-country",
            "signed-per-year", "funding-sources?year=2024", "ictdf-projects?year=2024",
            "portfolio-by-region/EUROPE/projects", "portfolio-by-partner/ME-GOV/projects",
            "ictdf-projects/2024/projects");
    private static final List<String> DATES = List.of("2024-09-11", "2024-09-30", "2024-12-01", "2024-12-02",
            "2025-03-31", "2025-06-30");

    @Inject
    ReadModelTables tables;

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    @Test
    void aClosedProjectLeavesFigure1FromItsClosingDateButNotBefore() {
        readModel.apply(projectStatusChanged("7MNE24002", null, "ONGOING", "2024-09-12", 1),
                project(1, "ONGOING"),
                agreementSigned("7MNE24002-01", "7MNE24002", "PARTNER", "48005.18", "2024-09-12"),
                projectStatusChanged("7MNE24002", "ONGOING", "OPERATIONALLY_CLOSED", "2025-03-31", 2),
                project(2, "OPERATIONALLY_CLOSED"));

        assertThat(europe("2025-03-30")).contains("\"projects\":1,\"partnerFunding\":48005.18");
        assertThat(europe("2025-03-31")).contains("\"projects\":0,\"partnerFunding\":0.00");
        assertThat(statuses("2025-03-30")).contains("\"key\":\"ONGOING\",\"label\":\"Ongoing\",\"projects\":1")
                .doesNotContain("OPERATIONALLY_CLOSED");
        assertThat(statuses("2025-03-31")).contains("\"key\":\"OPERATIONALLY_CLOSED\","
                + "\"label\":\"Operationally closed\",\"projects\":1,\"partnerFunding\":48005.18")
                .doesNotContain("\"key\":\"ONGOING\"");
    }

    @Test
    void aProjectWithAStatusHistoryDoesNotExistBeforeItsFirstStatus() {
        readModel.apply(projectStatusChanged("7MNE24002", null, "APPROVED", "2024-06-01", 1),
                projectStatusChanged("7MNE24002", "APPROVED", "ONGOING", "2024-10-01", 2),
                project(2, "ONGOING"),
                agreementSigned("7MNE24002-01", "7MNE24002", "PARTNER", "48005.18", "2024-09-12"));

        assertThat(statuses("2024-05-31")).contains("\"rows\":[]");
        assertThat(statuses("2024-09-30")).contains("\"key\":\"APPROVED\",\"label\":\"Approved\",\"projects\":1,"
                + "\"partnerFunding\":48005.18");
        assertThat(europe("2024-09-30")).contains("\"projects\":0");
        assertThat(europe("2024-10-01")).contains("\"projects\":1,\"partnerFunding\":48005.18");
    }

    @Test
    void eventsDeliveredTwiceOrInAnotherOrderChangeNoReport() {
        List<PortfolioEvent> events = history();
        readModel.apply(events.toArray(PortfolioEvent[]::new));
        Map<String, String> inOrder = everyReport();

        tables.clear();
        List<PortfolioEvent> shuffled = new ArrayList<>(events);
        Collections.reverse(shuffled);
        shuffled.addAll(events.subList(0, 6));
        shuffled.add(events.get(3).republished());
        readModel.apply(shuffled.toArray(PortfolioEvent[]::new));

        assertThat(everyReport()).isEqualTo(inOrder);
        assertThat(inOrder.get("ictdf-projects?year=2024@2025-06-30"))
                .contains("\"partners\":[\"Government of Montenegro\"]");
    }

    /** A project's life: registered, agreements in EUR and CHF, an amendment, a cancellation, closure, renames. */
    private static List<PortfolioEvent> history() {
        return List.of(
                partnerRegistered("ME-GOV", "Montenegro", "government", "ME"),
                partnerUpdated("ME-GOV", "Government of Montenegro", "government", "ME", 2),
                projectStatusChanged("7MNE24002", null, "ONGOING", "2024-09-12", 1),
                project(1, "ONGOING"),
                agreementSigned("7MNE24002-01", "7MNE24002", "PARTNER", "48005.18", "2024-09-12")
                        .with(Map.of("partnerId", "ME-GOV", "currency", "EUR", "originalAmount", "51000.00",
                                "rate", "0.941278", "rateMonth", "2024-09", "rateSource", "UN operational rates")),
                agreementSigned("7MNE24002-03", "7MNE24002", "ITU", "47500.00", "2024-09-12"),
                agreementSigned("7MNE24002-04", "7MNE24002", "ITU", "1000.00", "2024-10-01"),
                agreementAmended("7MNE24002-03-A1", "7MNE24002-03", "7MNE24002", "2024-12-02", "44200.00"),
                agreementCancelled("7MNE24002-04", "7MNE24002", "2025-01-15"),
                projectStatusChanged("7MNE24002", "ONGOING", "OPERATIONALLY_CLOSED", "2025-06-30", 2),
                project(2, "OPERATIONALLY_CLOSED"));
    }

    private static PortfolioEvent project(int revision, String status) {
        return projectUpdated("7MNE24002", "EUROPE", status, "2024-09-12", "2024-09-27", revision)
                .with(Map.of("title", "Digital transformation of local self-government in Montenegro",
                        "regionalInitiative", "EUR2",
                        "regionalInitiatives", List.of(Map.of("code", "EUR2", "label", "Digital transformation")),
                        "recipientCountries", List.of("ME")));
    }

    private static Map<String, String> everyReport() {
        Map<String, String> reports = new TreeMap<>();
        for (String report : REPORTS) {
            for (String date : DATES) {
                String separator = report.contains("?") ? "&" : "?";
                reports.put(report + "@" + date, given().get("/api/reports/" + report + separator + "asOf=" + date)
                        .then().statusCode(200).extract().asString());
            }
        }
        return reports;
    }

    private static String europe(String asOf) {
        String body = given().queryParam("asOf", asOf).get("/api/reports/portfolio-by-region")
                .then().statusCode(200).extract().asString();
        return body.substring(body.indexOf("{\"region\":\"EUROPE\""));
    }

    private static String statuses(String asOf) {
        return given().queryParam("asOf", asOf).get("/api/reports/portfolio-by-status")
                .then().statusCode(200).extract().asString();
    }
}
