package org.itu.bdt.portfolio.reporting.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The dashboard's page and settings hold no data and need no token (the page signs its user in itself); the page is
 * never cached and may talk to nothing but the services and the identity provider.
 */
@QuarkusTest
class DashboardRoutesTest {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;
    @ConfigProperty(name = "portfolio.project-service.url")
    String projectService;
    @ConfigProperty(name = "portfolio.funding-service.url")
    String fundingService;

    private static final Pattern SCRIPT = Pattern.compile("src=\"(/dashboard/static/[^\"]+\\.js)\"");

    @Test
    void thePageIsServedAtDashboardWithoutATokenAndNeverCached() {
        page().then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache")
                .body(containsString("<main id=\"main\""))
                .body(not(containsString("<table")));
    }

    @Test
    void theContentSecurityPolicyAllowsOnlyTheServicesAndTheIdentityProvider() {
        String policy = page().then().extract().header("Content-Security-Policy");

        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .contains("connect-src 'self' " + origin(projectService) + " " + origin(fundingService) + " "
                        + origin(issuer) + ";")
                .doesNotContain("unsafe-eval", "*");
    }

    @Test
    void theBundledScriptIsServedFromTheBuildWithEChartsAndTheKeycloakAdapterInIt() {
        Matcher script = SCRIPT.matcher(page().then().extract().asString());
        assertThat(script.find()).as("a bundled script in the page").isTrue();

        String bundle = given().header(Tokens.NO_TOKEN).get(script.group(1)).then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .extract().asString();

        assertThat(bundle).contains("echarts", "login-required", "/api/reports/stream");
    }

    @Test
    void theSettingsTellThePageWhereToSignInAndWhereTheOtherServicesAre() {
        given().header(Tokens.NO_TOKEN).get("/dashboard/settings.json").then()
                .statusCode(200)
                .header("Cache-Control", "no-cache")
                .body("issuer", equalTo(issuer))
                .body("clientId", equalTo("portfolio-portal"))
                .body("projectServiceUrl", equalTo(projectService))
                .body("fundingServiceUrl", equalTo(fundingService))
                .body("roleClaim", equalTo("realm_access/roles"))
                .body("partnerClaim", equalTo("partner_id"))
                .body("size()", equalTo(6));
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static Response page() {
        return given().header(Tokens.NO_TOKEN).redirects().follow(false).get("/dashboard");
    }
}
