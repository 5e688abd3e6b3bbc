package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.funding.ProjectServiceStub;
import org.itu.bdt.portfolio.funding.Tables;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import javax.sql.DataSource;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.itu.bdt.portfolio.funding.Requests.post;

/**
 * Each failing case costs the circuit breaker three failures (one call, two retries), too few to open it;
 * the last case opens it on purpose and waits until it has closed again, for the tests that follow.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectServiceOutageTest {
    private static final String KNOWN_PROJECT = "7TST00003";

    @Inject
    DataSource dataSource;

    @Test
    @Order(1)
    void aDroppedConnectionToProjectServiceIsServiceUnavailableAndStoresNothing() {
        assertUnavailable(ProjectServiceStub.CONNECTION_DROPPING_PROJECT);
    }

    @Test
    @Order(2)
    void aFailingProjectServiceIsServiceUnavailableAndStoresNothing() {
        assertUnavailable(ProjectServiceStub.FAILING_PROJECT);
    }

    @Test
    @Order(3)
    void aProjectServiceSlowerThanTwoSecondsIsServiceUnavailableAndStoresNothing() {
        assertUnavailable(ProjectServiceStub.SLOW_PROJECT);
    }

    @Test
    @Order(4)
    void anOpenCircuitAnswersServiceUnavailableWithoutAskingUntilProjectServiceRecovers() {
        for (int i = 0; i < 7; i++) {
            assertUnavailable(ProjectServiceStub.FAILING_PROJECT);
        }

        assertUnavailable(KNOWN_PROJECT);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() ->
                post("/api/agreements", itu(KNOWN_PROJECT)).extract().statusCode() == 201);
    }

    private void assertUnavailable(String projectNumber) {
        Tables.Counts before = new Tables(dataSource).counts();

        post("/api/agreements", itu(projectNumber))
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:dependency-unavailable"))
                .body("title", equalTo("Dependency unavailable"))
                .body("status", equalTo(503))
                .body("detail", startsWith("project-service did not answer"))
                .body("instance", equalTo("/api/agreements"));

        assertThat(new Tables(dataSource).counts()).isEqualTo(before);
    }

    private static String itu(String projectNumber) {
        return """
                {"projectNumber":"%s","fundingSource":"ITU","currency":"CHF","originalAmount":100.00,
                 "signedOn":"2024-01-10"}""".formatted(projectNumber);
    }
}
