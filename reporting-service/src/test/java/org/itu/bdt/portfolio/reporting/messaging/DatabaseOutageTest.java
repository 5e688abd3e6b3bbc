package org.itu.bdt.portfolio.reporting.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.itu.bdt.portfolio.reporting.ReadModelOutage;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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
}
