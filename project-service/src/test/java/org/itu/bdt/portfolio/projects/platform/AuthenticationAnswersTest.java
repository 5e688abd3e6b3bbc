package org.itu.bdt.portfolio.projects.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.projects.support.ProjectJson;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** What the service answers a caller without a valid token, or with a role the operation's rule does not name. */
@QuarkusTest
class AuthenticationAnswersTest {

    private static final String PROJECTS = "/api/projects";

    @Test
    void aCallWithoutATokenIsAskedForOne() {
        given().header(Tokens.NO_TOKEN).when().get(PROJECTS).then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:unauthorized"))
                .body("instance", equalTo(PROJECTS));
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(Tokens.with(claims -> claims.setExpirationTime(
                NumericDate.fromSeconds(NumericDate.now().getValue() - 600))));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(Tokens.with(claims -> claims.setAudience("another-api")));
    }

    @Test
    void aTokenSignedForAnotherIssuerIsRefused() {
        refused(Tokens.with(claims -> claims.setIssuer("http://elsewhere")));
    }

    @Test
    void aViewerMayReadButNotRegisterAProject() {
        given().header(Tokens.asRole("viewer")).when().get(PROJECTS).then().statusCode(200);

        given().header(Tokens.asRole("viewer")).contentType(ContentType.JSON).body(ProjectJson.project("7AFR26998"))
                .when().post(PROJECTS).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:forbidden"))
                .body("title", equalTo("Forbidden"));
        given().when().get(PROJECTS + "/7AFR26998").then().statusCode(404);
    }

    @ParameterizedTest(name = "{0} needs no token")
    @ValueSource(strings = {"/q/health/ready", "/q/metrics", "/q/openapi"})
    void healthMetricsAndTheOpenApiDocumentStayOpen(String path) {
        given().header(Tokens.NO_TOKEN).when().get(path).then().statusCode(200);
    }

    private static void refused(String token) {
        given().header(Tokens.bearer(token)).when().get(PROJECTS).then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:unauthorized"));
    }
}
