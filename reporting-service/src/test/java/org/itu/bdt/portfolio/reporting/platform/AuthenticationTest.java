package org.itu.bdt.portfolio.reporting.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Who may call at all: a verified bearer token, then a role the operation's rule names (docs/security.md). */
@QuarkusTest
class AuthenticationTest {

    private static final String FIGURE_1 = "/api/reports/portfolio-by-region";

    @Test
    void aCallWithoutATokenIsAnUnauthorizedProblemWithABearerChallenge() {
        given().header(Tokens.NO_TOKEN).get(FIGURE_1).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:bdt-portfolio:problem:unauthorized"))
                .body("instance", equalTo(FIGURE_1));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = Tokens.with(claims -> {
            claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 7200));
            claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
        });

        refused(expired);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(Tokens.with(claims -> claims.setAudience("another-api")));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        refused(Tokens.with(claims -> claims.setIssuer("http://elsewhere")));
    }

    @Test
    void aViewersTokenEditedToClaimAdminIsRefusedForItsBrokenSignature() {
        String[] parts = Tokens.forRole("viewer").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"roles\":[\"viewer\"]", "\"roles\":[\"admin\"]");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        refused(forged);
    }

    @Test
    void aRoleTheRuleDoesNotNameIsAForbiddenProblem() {
        given().header(Tokens.asRole("viewer")).post("/api/admin/rebuild").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:forbidden"));
    }

    @Test
    void aPartnersTokenThatNamesNoPartnerMaySeeNoPartnersReport() {
        String noPartner = Tokens.with(claims -> claims.setClaim("realm_access", Map.of("roles", List.of("partner"))));

        given().header(Tokens.bearer(noPartner)).get("/api/reports/partners/EC").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/ready", "/q/metrics", "/q/openapi"})
    void healthMetricsAndTheApiDocumentNeedNoToken(String path) {
        given().header(Tokens.NO_TOKEN).get(path).then().statusCode(200);
    }

    private static void refused(String token) {
        given().header(Tokens.bearer(token)).get(FIGURE_1).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("type", equalTo("urn:bdt-portfolio:problem:unauthorized"));
    }
}
