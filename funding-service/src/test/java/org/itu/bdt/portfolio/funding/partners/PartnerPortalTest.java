package org.itu.bdt.portfolio.funding.partners;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;

/** A partner's portal sees its own partner record and no other, as if the others did not exist. */
@QuarkusTest
class PartnerPortalTest {
    private static final String PARTNER = "PORTAL-SELF";
    private static final String OTHER = "PORTAL-NEIGHBOUR";

    @BeforeEach
    void twoPartners() {
        partnerExists(PARTNER);
        partnerExists(OTHER);
    }

    @Test
    void aPartnerListsOnlyItself() {
        given().header(Tokens.asPartner(PARTNER)).when().get("/api/partners")
                .then().statusCode(200)
                .body("partnerId", equalTo(List.of(PARTNER)));
        given().header(Tokens.asRole("viewer")).when().get("/api/partners")
                .then().statusCode(200)
                .body("partnerId", hasItems(PARTNER, OTHER));
    }

    @Test
    void aPartnerReadsItsOwnRecordAndAnotherAnswersNotFound() {
        given().header(Tokens.asPartner(PARTNER)).when().get("/api/partners/" + PARTNER)
                .then().statusCode(200)
                .body("partnerId", equalTo(PARTNER));
        given().header(Tokens.asPartner(PARTNER)).when().get("/api/partners/" + OTHER)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("no partner " + OTHER));
    }

    @Test
    void aPartnerUnknownHereListsNothing() {
        given().header(Tokens.asPartner("PORTAL-UNREGISTERED")).when().get("/api/partners")
                .then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aPartnerTokenThatNamesNoPartnerSeesNothing() {
        String nameless = Tokens.with(claims -> claims.setClaim("realm_access", Map.of("roles", List.of("partner"))));

        given().header(Tokens.bearer(nameless)).when().get("/api/partners")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:forbidden"));
    }

    @Test
    void aPartnerChangesNoPartnerNotEvenItself() {
        given().header(Tokens.asPartner(PARTNER)).contentType(ContentType.JSON)
                .body("""
                        {"name":"Renamed by its portal","type":"government"}""")
                .when().put("/api/partners/" + PARTNER)
                .then().statusCode(403);

        given().when().get("/api/partners/" + PARTNER).then().statusCode(200)
                .body("name", equalTo("Partner " + PARTNER));
    }
}
