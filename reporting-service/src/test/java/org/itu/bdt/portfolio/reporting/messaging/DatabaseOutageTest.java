package org.itu.bdt.portfolio.reporting.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.itu.bdt.portfolio.reporting.ReadModelOutage;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;

@QuarkusTest
class DatabaseOutageTest {

    @Inject
    ReadModelTables tables;

    @Inject
    ReadModelOutage outage;

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    @Test
    void eventsThatArriveWhileTheDatabaseRefusesWritesAreAppliedOnceItIsBack() {
        PortfolioEvent project = projectRegistered("9RAF24177", "AFRICA", "ONGOING", "2024-03-12", null);
        PortfolioEvent agreement = agreementSigned("9RAF24177-01", "9RAF24177", "ITU", "250.00", "2024-03-12");
        Set<UUID> ids = Set.of(project.id(), agreement.id());

        outage.begin();
        try {
            readModel.producer().send(project, agreement);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> tables.consumedOf(ids) == 0);
        } finally {
            outage.end();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> tables.consumedOf(ids) == 2);
        given().queryParam("asOf", "2024-12-31").get("/api/reports/portfolio-by-region").then()
                .statusCode(200)
                .body("regions[0].projects", equalTo(1))
                .body("regions[0].ituFunding", equalTo(250.0f));
    }

    @Test
    void anOutageLongerThanAMinuteStopsNoConsumerAndReadinessReportsTheWaitUntilTheEventIsApplied() {
        PortfolioEvent project = projectRegistered("9RAF24178", "AFRICA", "ONGOING", "2024-03-12", null);
        PortfolioEvent later = agreementSigned("9RAF24178-01", "9RAF24178", "ITU", "75.00", "2024-03-12");

        outage.begin();
        try {
            readModel.producer().send(project);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> messagingReadiness()
                    .body("status", equalTo("DOWN"))
                    .body("data.consumer", containsString("terminating connection due to administrator command")));
            // past the 60 s after which SmallRye would close a consumer whose record stays unacknowledged
            await().pollDelay(Duration.ofSeconds(65)).atMost(Duration.ofSeconds(70))
                    .until(() -> tables.consumedOf(Set.of(project.id())) == 0);
        } finally {
            outage.end();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> tables.consumedOf(Set.of(project.id())) == 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> messagingReadiness().body("status", equalTo("UP")));
        readModel.producer().send(later);
        await().atMost(Duration.ofSeconds(30)).until(() -> tables.consumedOf(Set.of(later.id())) == 1);
    }

    /** The kit's check alone: the others (broker, provider) are not what this test is about. */
    private static ValidatableResponse messagingReadiness() {
        return given().get("/q/health/ready").then().rootPath("checks.find { it.name == 'portfolio-messaging' }");
    }
}
