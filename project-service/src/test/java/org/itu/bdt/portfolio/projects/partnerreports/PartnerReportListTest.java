package org.itu.bdt.portfolio.projects.partnerreports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.projects.board.AgendaItemKind;
import org.itu.bdt.portfolio.projects.board.AgendaSuggestion;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.itu.bdt.portfolio.projects.support.PartnerReportSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.projects.support.PartnerReportSubmissions.submit;

/**
 * On 1 June 2025: LIST-A's first report for 7EUR26601 is overdue and its report for 7EUR26603 upcoming; LIST-B's
 * second report for 7EUR26602 is due that very day, its first one submitted.
 */
@QuarkusTest
class PartnerReportListTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-06-01");

    @Inject
    PartnerReportSteps steps;
    @Inject
    DatabaseRows rows;
    @Inject
    MovableClock clock;
    @Inject
    PartnerReportAgenda agenda;

    @BeforeEach
    void threeAgreements() {
        clock.setToday(TODAY);
        if (rows.agreementsOf("7EUR26601") == 0) {
            steps.partnerAgreement("7EUR26601", "LIST-A", LocalDate.parse("2024-11-20"));
            steps.partnerAgreement("7EUR26602", "LIST-B", LocalDate.parse("2024-06-01"));
            steps.partnerAgreement("7EUR26603", "LIST-A", LocalDate.parse("2024-12-20"));
            submit("7EUR26602-01-R1", "2024-06-01", "2024-11-30").statusCode(200);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void overdueReportsAreThoseNotSubmittedPastTheirDueDate() {
        list("status=overdue&partnerId=LIST-A").body("id", contains("7EUR26601-01-R1"))
                .body("[0].state", equalTo("OVERDUE"))
                .body("[0].overdueFrom", equalTo("2025-05-21"));
        list("status=overdue&partnerId=LIST-B").body("", empty());
    }

    @Test
    void dueReportsIncludeThoseDueTodayAndThoseAlreadyOverdue() {
        list("status=due&partnerId=LIST-B").body("id", contains("7EUR26602-01-R2")).body("[0].state", equalTo("DUE"));
        list("status=DUE&partnerId=LIST-A").body("id", contains("7EUR26601-01-R1"));
    }

    @Test
    void upcomingReportsAreDueWithinTheNextThirtyDays() {
        list("status=upcoming&partnerId=LIST-A").body("id", contains("7EUR26603-01-R1"))
                .body("[0].state", equalTo("UPCOMING"));
    }

    @Test
    void submittedReportsAreListedByPartnerAndProject() {
        list("status=submitted&partnerId=LIST-B").body("id", contains("7EUR26602-01-R1"));
        list("status=submitted&projectNumber=7EUR26601").body("", empty());
        list("projectNumber=7EUR26602").body("id[0]", equalTo("7EUR26602-01-R1")).body("id[1]", equalTo("7EUR26602-01-R2"));
    }

    @Test
    void aProjectManagerSeesTheReportsOfTheProjectsTheyManage() {
        rows.setProjectManager("7EUR26601", "m.kone");

        list("projectManager=m.kone&status=due").body("id", contains("7EUR26601-01-R1"));
        list("projectManager=nobody").body("", empty());
    }

    @Test
    void anUnknownStatusIsABadRequest() {
        given().when().get("/api/partner-reports?status=late").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void overdueReportsBecomeGuidanceItemsForTheProjectBoard() {
        List<AgendaSuggestion> suggestions = QuarkusTransaction.requiringNew().call(() -> agenda.suggestionsFor(TODAY));

        assertThat(suggestions).filteredOn(suggestion -> suggestion.projectNumber().startsWith("7EUR266"))
                .extracting(AgendaSuggestion::kind, AgendaSuggestion::projectNumber, AgendaSuggestion::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgendaItemKind.GUIDANCE, "7EUR26601",
                        "7EUR26601-01-R1"));
        assertThat(agenda.suggestionsFor(LocalDate.parse("2025-06-02")))
                .extracting(AgendaSuggestion::reference).contains("7EUR26601-01-R1", "7EUR26602-01-R2");
    }

    private static ValidatableResponse list(String query) {
        return given().when().get("/api/partner-reports?" + query).then().statusCode(200);
    }
}
