package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.funding.Tables;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.itu.bdt.portfolio.funding.Requests.post;

/** Without a token of its own funding-service cannot ask project-service: an outage like any other, not a defect. */
@QuarkusTest
@TestProfile(ProjectServiceTokenOutageTest.TokenEndpointGone.class)
class ProjectServiceTokenOutageTest {
    @Inject
    DataSource dataSource;

    @Test
    void noTokenForProjectServiceIsServiceUnavailableAndStoresNothing() {
        Tables.Counts before = new Tables(dataSource).counts();

        post("/api/agreements", """
                {"projectNumber":"7TST00005","fundingSource":"ITU","currency":"CHF","originalAmount":100.00,
                 "signedOn":"2024-01-10"}""")
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:dependency-unavailable"))
                .body("detail", startsWith("project-service did not answer"));

        assertThat(new Tables(dataSource).counts()).isEqualTo(before);
    }

    /** The provider answers 404 where funding-service asks for its client-credentials token. */
    public static class TokenEndpointGone implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc-client.discovery-enabled", "false",
                    "quarkus.oidc-client.token-path", "/protocol/openid-connect/gone");
        }
    }
}
