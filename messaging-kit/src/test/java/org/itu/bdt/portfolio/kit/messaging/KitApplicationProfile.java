package org.itu.bdt.portfolio.kit.messaging;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The settings a service sets in its application.properties, given here so that the test jar carries none. */
public class KitApplicationProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.http.test-port", "0"),
                Map.entry("quarkus.datasource.db-kind", "postgresql"),
                Map.entry("quarkus.datasource.username", env("PGUSER", "postgres")),
                Map.entry("quarkus.datasource.password", env("PGPASSWORD", "")),
                Map.entry("quarkus.datasource.devservices.enabled", "false"),
                Map.entry("quarkus.kafka.devservices.enabled", "false"),
                // coverage of this application joins the unit tests' (see the parent pom)
                Map.entry("quarkus.jacoco.reuse-data-file", "true"),
                Map.entry("quarkus.jacoco.report", "false"),
                Map.entry("portfolio.messaging.source", "/bdt/messaging-kit-test"),
                Map.entry("quarkus.oidc.application-type", "service"),
                Map.entry("quarkus.oidc.token.audience", "bdt-portfolio"),
                Map.entry("quarkus.oidc.roles.role-claim-path", "realm_access/roles"),
                Map.entry("quarkus.oidc.token.principal-claim", "sub"),
                Map.entry("quarkus.http.auth.proactive", "false"),
                Map.entry("quarkus.jackson.fail-on-unknown-properties", "true"),
                Map.entry("quarkus.http.limits.max-body-size", "64K"),
                Map.entry("portfolio.messaging.relay.poll-interval", "200ms"),
                Map.entry("portfolio.messaging.retry.first-wait", "10ms"),
                Map.entry("quarkus.log.category.\"org.apache.kafka\".level", "WARN"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
