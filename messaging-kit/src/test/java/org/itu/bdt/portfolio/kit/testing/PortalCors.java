package org.itu.bdt.portfolio.kit.testing;

import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/**
 * The CORS checks every service makes of its {@code PORTAL_ORIGINS} (docs/security.md, "Hardening"): a portal's
 * preflight is allowed with the headers the API uses, a portal's call may read the headers the API exposes, and a
 * preflight from any other origin is refused. Each returns the answer for a service's own further assertions.
 */
public final class PortalCors {

    /** The portal origin the services allow by default. */
    public static final String PORTAL = "http://localhost:3000";
    private static final String STRANGER = "https://portal.example.org";

    private PortalCors() {
    }

    /** A portal's preflight of {@code method} on {@code path}, asking for {@code requestHeaders}; answered 200. */
    public static ValidatableResponse portalPreflight(String path, String method, String requestHeaders) {
        return given().header(Tokens.NO_TOKEN).header("Origin", PORTAL)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", requestHeaders)
                .when().options(path).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Allow-Methods", containsString(method));
    }

    /** A portal's GET of {@code path} (default token): allowed, with the request id readable. */
    public static ValidatableResponse portalCall(String path) {
        return given().header("Origin", PORTAL).when().get(path).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    /** A preflight from an origin that is not a portal: 403, and no Allow-Origin for the browser to use. */
    public static ValidatableResponse strangerPreflightIsRefused(String path) {
        return given().header(Tokens.NO_TOKEN).header("Origin", STRANGER)
                .header("Access-Control-Request-Method", "GET")
                .when().options(path).then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
