package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;
import static org.itu.bdt.portfolio.funding.Requests.post;

@QuarkusTest
class AgreementTotalsTest {

    private static final String TOTALS = "/api/agreements/totals";
    private static final String PROJECT = "7AGR00070";

    /** Once: every test reads the same agreements. */
    @BeforeEach
    void signAmendAndCancel() {
        partnerExists("EC");
        if (given().get("/api/agreements/" + PROJECT + "-01").statusCode() == 200) {
            return;
        }
        sign(PROJECT + "-01", PROJECT, "1000.00", "2024-01-10", "PROJECT_AGREEMENT", "CASH");
        sign(PROJECT + "-02", PROJECT, "500.00", "2024-01-10", "SPONSORSHIP", "IN_KIND");
        sign(PROJECT + "-03", PROJECT, "300.00", "2024-02-01", "SUPPLEMENTARY_AGREEMENT", "CASH");
        post("/api/agreements/" + PROJECT + "-01/amendments", """
                {"effectiveOn":"2024-06-01","newOriginalAmount":800.00,"reason":"revised work plan"}""")
                .statusCode(201);
        post("/api/agreements/" + PROJECT + "-03/cancellation", """
                {"cancelledOn":"2024-09-30","reason":"the partner withdrew"}""").statusCode(200);
        sign("7AGR00071-01", "7AGR00071", "10.00", "2024-01-05", "PROJECT_AGREEMENT", "CASH");
        sign("7AGR00072-01", "7AGR00072", "20.00", "2024-01-10", "PROJECT_AGREEMENT", "CASH");
    }

    @Test
    void aProjectsTotalsAreItsAgreementsInEffectByKindAndContributionOnTheDate() {
        String json = page("2024-05-31", "7AGR00069", "1").body("next", equalTo(PROJECT)).extract().asString();

        assertThat(json).isEqualTo("{\"asOf\":\"2024-05-31\",\"projects\":[{\"projectNumber\":\"7AGR00070\",\"lines\":["
                + "{\"fundingSource\":\"PARTNER\",\"kind\":\"PROJECT_AGREEMENT\",\"contribution\":\"CASH\","
                + "\"agreements\":1,\"chfInEffect\":1000.00},"
                + "{\"fundingSource\":\"PARTNER\",\"kind\":\"SPONSORSHIP\",\"contribution\":\"IN_KIND\","
                + "\"agreements\":1,\"chfInEffect\":500.00},"
                + "{\"fundingSource\":\"PARTNER\",\"kind\":\"SUPPLEMENTARY_AGREEMENT\",\"contribution\":\"CASH\","
                + "\"agreements\":1,\"chfInEffect\":300.00}],"
                + "\"amendmentsApplied\":0,\"cancellationsApplied\":0}],\"next\":\"7AGR00070\"}");
    }

    @Test
    void anAmendmentCountsFromItsEffectiveDateAndACancelledAgreementNoMoreFromItsCancellation() {
        page("2024-12-31", "7AGR00069", "1")
                .body("projects[0].lines.chfInEffect", equalTo(List.of(800.0f, 500.0f, 0.0f)))
                .body("projects[0].lines.agreements", equalTo(List.of(1, 1, 0)))
                .body("projects[0].amendmentsApplied", equalTo(1))
                .body("projects[0].cancellationsApplied", equalTo(1));
        page("2024-09-29", "7AGR00069", "1")
                .body("projects[0].lines.chfInEffect", equalTo(List.of(800.0f, 500.0f, 300.0f)))
                .body("projects[0].cancellationsApplied", equalTo(0));
    }

    @Test
    void pagesFollowEachOtherByProjectNumberAndTheLastHasNoNext() {
        page("2024-12-31", PROJECT, "2")
                .body("projects.projectNumber", equalTo(List.of("7AGR00071", "7AGR00072")))
                .body("next", equalTo("7AGR00072"));
        page("2024-12-31", "ZZZ", "2").body("projects.size()", equalTo(0)).body("next", nullValue());
    }

    @Test
    void agreementsSignedAfterTheDateAreNotThereYet() {
        page("2024-01-09", "7AGR00069", "1").body("projects[0].projectNumber", equalTo("7AGR00071"));
    }

    @Test
    void aBadDateOrPageSizeIsAValidationProblem() {
        given().queryParam("asOf", "2024-13-01").get(TOTALS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("limit", "1001").get(TOTALS).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    private static ValidatableResponse page(String asOf, String after, String limit) {
        return given().queryParam("asOf", asOf).queryParam("after", after).queryParam("limit", limit)
                .get(TOTALS).then().statusCode(200).contentType("application/json");
    }

    private static void sign(String agreementNumber, String projectNumber, String chf, String signedOn, String kind,
                             String contribution) {
        post("/api/agreements", """
                {"agreementNumber":"%s","projectNumber":"%s","partnerId":"EC","fundingSource":"PARTNER",
                 "currency":"CHF","originalAmount":%s,"signedOn":"%s","kind":"%s","contribution":"%s"}"""
                .formatted(agreementNumber, projectNumber, chf, signedOn, kind, contribution)).statusCode(201);
    }
}
