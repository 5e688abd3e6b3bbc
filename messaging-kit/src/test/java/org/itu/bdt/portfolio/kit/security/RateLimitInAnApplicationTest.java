package org.itu.bdt.portfolio.kit.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.itu.bdt.portfolio.kit.messaging.KitApplicationProfile;
import org.itu.bdt.portfolio.kit.messaging.KitDatabaseResource;
import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;
import org.itu.bdt.portfolio.kit.testing.TestIdentityProvider;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** A caller over its rate is told to come back later; other callers are not held up by it. */
@QuarkusTest
@TestProfile(RateLimitInAnApplicationTest.FewRequests.class)
@WithTestResource(TestIdentityProvider.class)
@WithTestResource(value = KafkaBrokerResource.class,
        initArgs = @ResourceArg(name = KafkaBrokerResource.TOPICS, value = "portfolio.kit.v1:3"))
@WithTestResource(value = KitDatabaseResource.class,
        initArgs = @ResourceArg(name = PostgresDatabaseResource.DATABASE, value = "messaging_kit_app_test"))
class RateLimitInAnApplicationTest {

    private static final String PATH = "/kit-test/caller";

    /** Three requests at once, then one a minute: the fourth in a row is over the rate. */
    public static class FewRequests extends KitApplicationProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("portfolio.rate-limit.burst", "3");
            overrides.put("portfolio.rate-limit.per-second", "1");
            return overrides;
        }
    }

    @Test
    void aCallerOverItsRateGets429WithRetryAfterAndOthersDoNot() {
        String token = Tokens.forRole("viewer");
        int admitted = 0;
        Response answer = given().header(Tokens.bearer(token)).get(PATH);
        while (admitted < 20 && answer.statusCode() == 200) {
            admitted++;
            answer = given().header(Tokens.bearer(token)).get(PATH);
        }

        // three at once, and at most a few more refilled while they ran
        assertThat(admitted).isBetween(3, 10);
        answer.then()
                .statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:too-many-requests"));
        given().header(Tokens.asPartner("EC")).get(PATH).then().statusCode(200);
    }
}
