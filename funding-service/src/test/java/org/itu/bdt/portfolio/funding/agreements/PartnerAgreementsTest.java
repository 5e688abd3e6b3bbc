package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;
import static org.itu.bdt.portfolio.funding.Requests.post;

/**
 * What a partner's portal sees of the agreements: the ones its partner signed, with their amendments and
 * cancellation, and nothing of another partner's or of ITU's own lines, as if they did not exist.
 */
@QuarkusTest
class PartnerAgreementsTest {
    private static final String PARTNER = "PORTAL-A";
    private static final String OTHER = "PORTAL-B";
    private static final String OWN_AMENDED = "7AGR71001-01";
    private static final String OWN_CANCELLED = "7AGR71002-01";
    private static final String OTHERS = "7AGR71001-02";
    private static final String ITU_LINE = "7AGR71001-03";

    @BeforeEach
    void twoPartnersAndAnItuLineFundTheSameProject() {
        if (signed(OWN_AMENDED, PARTNER)) {
            post("/api/agreements/" + OWN_AMENDED + "/amendments", """
                    {"effectiveOn":"2024-06-01","newOriginalAmount":1500.00,"reason":"second phase"}""")
                    .statusCode(201);
        }
        if (signed(OWN_CANCELLED, PARTNER)) {
            post("/api/agreements/" + OWN_CANCELLED + "/cancellation", """
                    {"cancelledOn":"2024-07-01","reason":"project closed early"}""").statusCode(200);
        }
        signed(OTHERS, OTHER);
        signed(ITU_LINE, null);
    }

    @Test
    void aPartnerSeesOnlyTheAgreementsItSigned() {
        given().header(Tokens.asPartner(PARTNER)).when().get("/api/agreements")
                .then().statusCode(200)
                .body("agreementNumber", equalTo(List.of(OWN_AMENDED, OWN_CANCELLED)))
                .body("partnerId", equalTo(List.of(PARTNER, PARTNER)));
        given().header(Tokens.asPartner(PARTNER)).queryParam("projectNumber", "7AGR71001").when().get("/api/agreements")
                .then().statusCode(200)
                .body("agreementNumber", equalTo(List.of(OWN_AMENDED)));
    }

    @Test
    void aPartnerAskingForAnotherPartnersAgreementsGetsNone() {
        given().header(Tokens.asPartner(PARTNER)).queryParam("partnerId", OTHER).when().get("/api/agreements")
                .then().statusCode(200)
                .body("size()", equalTo(0));
        given().header(Tokens.asPartner(PARTNER)).queryParam("partnerId", PARTNER).when().get("/api/agreements")
                .then().statusCode(200)
                .body("agreementNumber", equalTo(List.of(OWN_AMENDED, OWN_CANCELLED)));
    }

    @Test
    void aPartnerReadsItsAgreementWithItsAmendmentsAndCancellation() {
        given().header(Tokens.asPartner(PARTNER)).when().get("/api/agreements/" + OWN_AMENDED)
                .then().statusCode(200)
                .body("amendments.amendmentId", equalTo(List.of(OWN_AMENDED + "-A1")))
                .body("currentOriginalAmount", equalTo(1500.00f));
        given().header(Tokens.asPartner(PARTNER)).when().get("/api/agreements/" + OWN_CANCELLED)
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledOn", equalTo("2024-07-01"));
    }

    @Test
    void anotherPartnersAgreementAnswersNotFoundAsIfItDidNotExist() {
        given().header(Tokens.asPartner(PARTNER)).when().get("/api/agreements/" + OTHERS)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"))
                .body("detail", equalTo("no agreement " + OTHERS));
        given().header(Tokens.asPartner(PARTNER)).when().get("/api/agreements/7AGR79999-01")
                .then().statusCode(404)
                .body("detail", equalTo("no agreement 7AGR79999-01"));
    }

    @Test
    void anItuLineIsNoPartnersAgreement() {
        given().header(Tokens.asPartner(PARTNER)).when().get("/api/agreements/" + ITU_LINE)
                .then().statusCode(404);
        given().header(Tokens.asRole("viewer")).when().get("/api/agreements/" + ITU_LINE)
                .then().statusCode(200)
                .body("fundingSource", equalTo("ITU"));
    }

    @Test
    void everyInternalRoleSeesEveryPartnersAgreements() {
        for (String role : List.of("admin", "project-manager", "finance", "board", "viewer")) {
            given().header(Tokens.asRole(role)).queryParam("projectNumber", "7AGR71001").when().get("/api/agreements")
                    .then().statusCode(200)
                    .body("agreementNumber", hasItems(OWN_AMENDED, OTHERS, ITU_LINE));
        }
    }

    @Test
    void aPartnerSignsNothing() {
        given().header(Tokens.asPartner(PARTNER)).contentType(ContentType.JSON).body("""
                        {"agreementNumber":"7AGR71003-01","projectNumber":"7AGR71003","partnerId":"PORTAL-A",
                         "fundingSource":"PARTNER","currency":"CHF","originalAmount":10.00,"signedOn":"2024-02-01"}""")
                .when().post("/api/agreements")
                .then().statusCode(403);
        given().when().get("/api/agreements/7AGR71003-01").then().statusCode(404);
    }

    /** Signs the agreement unless an earlier test did; says whether it signed it now. */
    private static boolean signed(String agreementNumber, String partnerId) {
        if (partnerId != null) {
            partnerExists(partnerId);
        }
        String funding = partnerId == null ? "\"fundingSource\":\"ITU\""
                : "\"fundingSource\":\"PARTNER\",\"partnerId\":\"" + partnerId + "\"";
        return post("/api/agreements", """
                {"agreementNumber":"%s","projectNumber":"%s",%s,"currency":"CHF","originalAmount":1000.00,
                 "signedOn":"2024-02-01"}""".formatted(agreementNumber, agreementNumber.substring(0, 9), funding))
                .statusCode(anyOf(is(201), is(409)))
                .extract().statusCode() == 201;
    }
}
