package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;
import static org.itu.bdt.portfolio.funding.Requests.post;
import static org.itu.bdt.portfolio.funding.Requests.referenceRatesPublished;

@QuarkusTest
class AgreementHistoryTest {

    @Test
    void asOfADayBeforeAnAmendmentTheAgreementStandsAsSignedWithoutIt() {
        signAndAmend("7AGR00020");

        assertThat(agreementAsOf("7AGR00020-01", "2024-05-31")).isEqualTo("{\"agreementNumber\":\"7AGR00020-01\","
                + "\"projectNumber\":\"7AGR00020\",\"partnerId\":\"EC\",\"fundingSource\":\"PARTNER\","
                + "\"currency\":\"EUR\",\"originalAmount\":1000.00,\"chfAmount\":931.43,\"rate\":0.931428,"
                + "\"rateMonth\":\"2024-01\",\"rateSource\":\"UN operational rates of exchange\","
                + "\"rateOverridden\":false,\"signedOn\":\"2024-01-10\","
                + "\"amendments\":[],\"currentOriginalAmount\":1000.00,\"currentChfAmount\":931.43,"
                + "\"kind\":\"PROJECT_AGREEMENT\",\"contribution\":\"CASH\",\"asOf\":\"2024-05-31\","
                + "\"status\":\"ACTIVE\",\"cancelledOn\":null,\"cancellationReason\":null,"
                + "\"asSigned\":{\"originalAmount\":1000.00,\"chfAmount\":931.43,\"signedOn\":\"2024-01-10\"},"
                + "\"current\":{\"originalAmount\":1000.00,\"chfAmount\":931.43,\"effectiveOn\":\"2024-01-10\","
                + "\"amendmentId\":null}}");
    }

    @Test
    void fromItsEffectiveDateTheAmendmentIsInTheHistoryAndSetsTheCurrentAmounts() {
        signAndAmend("7AGR00021");

        assertThat(agreementAsOf("7AGR00021-01", "2024-06-01")).endsWith("\"rateOverridden\":false,"
                + "\"signedOn\":\"2024-01-10\","
                + "\"amendments\":[{\"amendmentId\":\"7AGR00021-01-A1\",\"agreementNumber\":\"7AGR00021-01\","
                + "\"effectiveOn\":\"2024-06-01\",\"newOriginalAmount\":1200.00,\"newChfAmount\":1117.71,"
                + "\"reason\":\"raised\"}],\"currentOriginalAmount\":1200.00,\"currentChfAmount\":1117.71,"
                + "\"kind\":\"PROJECT_AGREEMENT\",\"contribution\":\"CASH\",\"asOf\":\"2024-06-01\","
                + "\"status\":\"ACTIVE\",\"cancelledOn\":null,\"cancellationReason\":null,"
                + "\"asSigned\":{\"originalAmount\":1000.00,\"chfAmount\":931.43,\"signedOn\":\"2024-01-10\"},"
                + "\"current\":{\"originalAmount\":1200.00,\"chfAmount\":1117.71,\"effectiveOn\":\"2024-06-01\","
                + "\"amendmentId\":\"7AGR00021-01-A1\"}}");
    }

    @Test
    void withoutAsOfTheWholeHistoryIsShownWithTheAmountsInEffectToday() {
        signAndAmend("7AGR00022");
        LocalDate nextYear = LocalDate.now().plusYears(1);
        post("/api/agreements/7AGR00022-01/amendments", """
                {"effectiveOn":"%s","newOriginalAmount":1500.00,"reason":"planned raise"}"""
                .formatted(nextYear)).statusCode(201);

        given().when().get("/api/agreements/7AGR00022-01").then().statusCode(200)
                .body("asOf", equalTo(LocalDate.now().toString()))
                .body("amendments.amendmentId", equalTo(List.of("7AGR00022-01-A1", "7AGR00022-01-A2")))
                .body("current.amendmentId", equalTo("7AGR00022-01-A1"))
                .body("current.originalAmount", equalTo(1200.00f))
                .body("currentOriginalAmount", equalTo(1200.00f))
                .body("asSigned.originalAmount", equalTo(1000.00f));
        given().queryParam("asOf", nextYear.toString()).when().get("/api/agreements/7AGR00022-01").then()
                .statusCode(200)
                .body("current.amendmentId", equalTo("7AGR00022-01-A2"))
                .body("current.chfAmount", equalTo(1397.14f));
    }

    @Test
    void anAgreementAsOfADayBeforeItsSignatureIsNotFound() {
        signAndAmend("7AGR00023");

        given().queryParam("asOf", "2024-01-09").when().get("/api/agreements/7AGR00023-01").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"))
                .body("detail", equalTo("agreement 7AGR00023-01 was signed on 2024-01-10, after 2024-01-09"));
    }

    @Test
    void aBadAsOfIsAValidationProblemNamingAsOf() {
        signAndAmend("7AGR00024");

        given().queryParam("asOf", "2024-02-30").when().get("/api/agreements/7AGR00024-01").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", equalTo("must be an ISO date (YYYY-MM-DD)"));
    }

    /**
     * EUR 1000.00 (CHF 931.43 at the reference rate of 2024-01) signed 2024-01-10, raised to EUR 1200.00
     * (CHF 1117.71) from 2024-06-01.
     */
    private static void signAndAmend(String projectNumber) {
        partnerExists("EC");
        referenceRatesPublished();
        post("/api/agreements", """
                {"agreementNumber":"%s-01","projectNumber":"%s","partnerId":"EC","fundingSource":"PARTNER",
                 "currency":"EUR","originalAmount":1000.00,"signedOn":"2024-01-10"}"""
                .formatted(projectNumber, projectNumber)).statusCode(201);
        post("/api/agreements/" + projectNumber + "-01/amendments", """
                {"effectiveOn":"2024-06-01","newOriginalAmount":1200.00,"reason":"raised"}""")
                .statusCode(201);
    }

    private static String agreementAsOf(String agreementNumber, String asOf) {
        return given().queryParam("asOf", asOf).when().get("/api/agreements/" + agreementNumber)
                .then().statusCode(200).contentType("application/json").extract().asString();
    }
}
