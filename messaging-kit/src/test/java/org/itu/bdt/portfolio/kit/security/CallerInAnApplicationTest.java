package org.itu.bdt.portfolio.kit.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.itu.bdt.portfolio.kit.messaging.KitApplicationProfile;
import org.itu.bdt.portfolio.kit.messaging.KitDatabaseResource;
import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;
import org.itu.bdt.portfolio.kit.testing.TestIdentityProvider;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Tokens verified as a service verifies them, and what the kit reads from them. */
@QuarkusTest
@TestProfile(KitApplicationProfile.class)
@WithTestResource(TestIdentityProvider.class)
@WithTestResource(value = KafkaBrokerResource.class,
        initArgs = @ResourceArg(name = KafkaBrokerResource.TOPICS, value = "portfolio.kit.v1:3"))
@WithTestResource(value = KitDatabaseResource.class,
        initArgs = @ResourceArg(name = PostgresDatabaseResource.DATABASE, value = "messaging_kit_app_test"))
class CallerInAnApplicationTest {

    private static final String PATH = "/kit-test/caller";

    @Test
    void aCallWithoutATokenIsAskedForOne() {
        given().header(Tokens.NO_TOKEN).get(PATH).then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:unauthorized"))
                .body("detail", equalTo("this operation needs a bearer access token"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = Tokens.with(claims -> claims.setExpirationTime(NumericDate.fromSeconds(
                NumericDate.now().getValue() - 600)));

        refused(expired);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(Tokens.with(claims -> claims.setAudience("another-api")));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        refused(Tokens.with(claims -> claims.setIssuer("http://elsewhere.invalid/realms/test")));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = Tokens.forRole("viewer").split("\\.");
        String admin = Tokens.forRole("admin").split("\\.")[1];

        refused(parts[0] + "." + admin + "." + parts[2]);
    }

    @Test
    void aRoleTheRuleDoesNotNameIsForbidden() {
        given().header(Tokens.asRole("viewer")).get(PATH + "/admin").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:forbidden"));
    }

    @Test
    void theCallerIsTheTokensSubjectThroughItsClient() {
        given().header(Tokens.asRole("viewer")).get(PATH).then()
                .statusCode(200)
                .body("subject", equalTo("viewer"))
                .body("client", equalTo(Tokens.PORTAL))
                .body("partner", equalTo(""));
    }

    @Test
    void aServiceTestCallsAsAnAdminUnlessItSaysOtherwise() {
        given().get(PATH + "/admin").then().statusCode(200).body("subject", equalTo("admin"));
    }

    @Test
    void aPartnerSeesItsOwnPartnerAndNoOther() {
        given().header(Tokens.asPartner("EC")).get(PATH).then()
                .statusCode(200).body("subject", equalTo("partner-ec")).body("partner", equalTo("EC"));
        given().header(Tokens.asPartner("EC")).get(PATH + "/partners/EC").then().statusCode(200);
        given().header(Tokens.asPartner("EC")).get(PATH + "/partners/JP-MIC").then().statusCode(404);
        given().header(Tokens.asRole("viewer")).get(PATH + "/partners/JP-MIC").then().statusCode(200);
    }

    @Test
    void aPartnerTokenThatNamesNoPartnerSeesNothing() {
        String nameless = Tokens.with(claims -> claims.setClaim("realm_access",
                java.util.Map.of("roles", java.util.List.of("partner"))));

        given().header(Tokens.bearer(nameless)).get(PATH).then().statusCode(403);
    }

    private static void refused(String token) {
        given().header(Tokens.bearer(token)).get(PATH).then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .contentType("application/problem+json")
                .body("detail", equalTo("the access token is not valid"));
    }
}
