package org.itu.bdt.portfolio.funding.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Every operation but health, metrics and OpenAPI needs a valid access token, and a role its rule names. */
@QuarkusTest
class AccessTokenTest {
    private static final String PARTNERS = "/api/partners";

    @Test
    void aCallWithoutATokenIsAskedForOne() {
        given().header(Tokens.NO_TOKEN).when().get(PARTNERS)
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo(PARTNERS));
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(Tokens.bearer(Tokens.with(claims -> claims.setExpirationTime(
                NumericDate.fromSeconds(NumericDate.now().getValue() - 600)))));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(Tokens.bearer(Tokens.with(claims -> claims.setAudience("another-api"))));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        refused(Tokens.bearer(Tokens.with(claims -> claims.setIssuer("http://elsewhere"))));
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() {
        String[] viewer = Tokens.forRole("viewer").split("\\.");
        String adminClaims = Tokens.forRole("admin").split("\\.")[1];

        refused(Tokens.bearer(viewer[0] + "." + adminClaims + "." + viewer[2]));
    }

    @Test
    void aRoleTheRuleDoesNotNameIsForbiddenAndChangesNothing() {
        given().header(Tokens.asRole("viewer")).contentType(ContentType.JSON)
                .body("""
                        {"partnerId":"VIEWER-MADE","name":"Made by a viewer","type":"government"}""")
                .when().post(PARTNERS)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:forbidden"))
                .body("status", equalTo(403));

        given().when().get(PARTNERS + "/VIEWER-MADE").then().statusCode(404);
    }

    @Test
    void healthMetricsAndTheOpenApiDocumentNeedNoToken() {
        given().header(Tokens.NO_TOKEN).when().get("/q/health/live").then().statusCode(200);
        given().header(Tokens.NO_TOKEN).when().get("/q/metrics").then().statusCode(200);
        given().header(Tokens.NO_TOKEN).queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.SecurityScheme.type", equalTo("openIdConnect"));
    }

    private static void refused(Header token) {
        given().header(token).when().get(PARTNERS)
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:unauthorized"));
    }
}
