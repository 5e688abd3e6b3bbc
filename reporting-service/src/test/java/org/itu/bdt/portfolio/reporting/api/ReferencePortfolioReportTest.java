package org.itu.bdt.portfolio.reporting.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.reporting.KafkaBrokerResource;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.PortfolioEventProducer;
import org.itu.bdt.portfolio.reporting.PostgresDatabaseResource;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.itu.bdt.portfolio.reporting.ReferencePortfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = PostgresDatabaseResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class ReferencePortfolioReportTest {

    private static final String REPORT = "/api/reports/portfolio-by-region";

    @Inject
    ReadModelTables tables;

    @BeforeEach
    void loadTheReferencePortfolioInShuffledOrder() {
        tables.clear();
        List<PortfolioEvent> events = new ArrayList<>(ReferencePortfolio.events());
        assertThat(events).hasSize(24 + 105 + 105 + 149 + 1);
        Collections.shuffle(events, new Random(20241231));
        try (var producer = new PortfolioEventProducer()) {
            producer.send(events);
        }
        Set<UUID> ids = events.stream().map(PortfolioEvent::id).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(90)).until(() -> tables.consumedOf(ids) == ids.size());
    }

    @Test
    void theReferencePortfolioReproducesFigure1ByteForByte() {
        String csv = given().accept("text/csv").queryParam("asOf", "2024-12-31").get(REPORT)
                .then().statusCode(200).extract().asString();

        assertThat(csv).isEqualTo(ReferencePortfolio.text("expected_figure1.csv"));
    }

    @Test
    void beforeTheAmendmentEuropeShowsTheIctDfAllocationAsSigned() {
        String november = json("2024-11-30");
        assertThat(november)
                .contains("{\"region\":\"EUROPE\",\"label\":\"Europe\",\"projects\":4,\"partnerFunding\":4034640.00,"
                        + "\"ituFunding\":47500.00,\"total\":4082140.00}")
                .contains("\"total\":{\"projects\":103,\"partnerFunding\":79851669.98,\"ituFunding\":10340605.00,"
                        + "\"total\":90192274.98}");
        assertThat(json("2024-12-01")).contains("\"ituFunding\":47500.00,\"total\":4082140.00}");
        assertThat(json("2024-12-02")).contains("\"ituFunding\":44200.00,\"total\":4078840.00}");
        assertThat(json("2024-12-31"))
                .contains("\"total\":{\"projects\":105,\"partnerFunding\":80034650.00,\"ituFunding\":10425305.00,"
                        + "\"total\":90459955.00}");
    }

    private static String json(String asOf) {
        return given().queryParam("asOf", asOf).get(REPORT).then().statusCode(200).extract().asString();
    }
}
