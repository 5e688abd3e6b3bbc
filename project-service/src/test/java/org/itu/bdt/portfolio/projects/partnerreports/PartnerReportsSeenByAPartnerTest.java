package org.itu.bdt.portfolio.projects.partnerreports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.PartnerReportSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** SEEN-C's agreement 7SEC27201-01 and SEEN-D's 7SEC27202-01 each owe their partner reports. */
@QuarkusTest
class PartnerReportsSeenByAPartnerTest {

    @Inject
    PartnerReportSteps steps;
    @Inject
    DatabaseRows rows;

    @BeforeEach
    void twoPartnersAgreements() {
        if (rows.agreementsOf("7SEC27201") == 0) {
            steps.partnerAgreement("7SEC27201", "SEEN-C", LocalDate.parse("2024-02-01"));
            steps.partnerAgreement("7SEC27202", "SEEN-D", LocalDate.parse("2024-02-01"));
        }
    }

    @Test
    void aPartnerListsOnlyTheReportsAddressedToIt() {
        given().header(Tokens.asPartner("SEEN-C")).when().get("/api/partner-reports").then()
                .statusCode(200)
                .body("partnerId", everyItem(equalTo("SEEN-C")))
                .body("id", hasItem("7SEC27201-01-R1"))
                .body("id", not(hasItem("7SEC27202-01-R1")));
        given().header(Tokens.asRole("viewer")).when().get("/api/partner-reports?projectNumber=7SEC27202").then()
                .body("id", hasItem("7SEC27202-01-R1"));
    }

    @Test
    void aPartnerAskingForAnotherPartnersReportsGetsAnEmptyList() {
        given().header(Tokens.asPartner("SEEN-C")).when().get("/api/partner-reports?partnerId=SEEN-D").then()
                .statusCode(200).body("", empty());
        given().header(Tokens.asPartner("SEEN-C")).when().get("/api/partner-reports?projectNumber=7SEC27202").then()
                .statusCode(200).body("", empty());
    }

    @Test
    void aPartnerReadsItsOwnReportAndSchedule() {
        given().header(Tokens.asPartner("SEEN-C")).when().get("/api/partner-reports/7SEC27201-01-R1").then()
                .statusCode(200).body("partnerId", equalTo("SEEN-C"));
        given().header(Tokens.asPartner("SEEN-C")).when().get("/api/partner-reports/schedules/7SEC27201-01").then()
                .statusCode(200).body("reports.partnerId", everyItem(equalTo("SEEN-C")));
    }

    @Test
    void anotherPartnersReportAndScheduleAreNotFoundAsIfTheyDidNotExist() {
        given().header(Tokens.asPartner("SEEN-C")).when().get("/api/partner-reports/7SEC27202-01-R1").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No partner report 7SEC27202-01-R1"));
        given().header(Tokens.asPartner("SEEN-C")).when().get("/api/partner-reports/schedules/7SEC27202-01").then()
                .statusCode(404)
                .body("detail", equalTo("No partner-report schedule for agreement 7SEC27202-01"));
    }

    @Test
    void aPartnerCannotSubmitOrSendEvenItsOwnReport() {
        given().header(Tokens.asPartner("SEEN-C")).contentType(ContentType.JSON)
                .body(Map.of("sentOn", "2024-09-01"))
                .when().post("/api/partner-reports/7SEC27201-01-R1/sent").then().statusCode(403);
        given().header(Tokens.asPartner("SEEN-C")).contentType(ContentType.JSON).body(Map.of("intervalMonths", 12))
                .when().put("/api/partner-reports/schedules/7SEC27201-01").then().statusCode(403);
        given().header(Tokens.asPartner("SEEN-C")).when().get("/api/partner-reports/schedules/7SEC27201-01").then()
                .body("intervalMonths", equalTo(6));
    }
}
