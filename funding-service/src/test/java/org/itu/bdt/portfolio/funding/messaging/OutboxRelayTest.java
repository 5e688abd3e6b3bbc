package org.itu.bdt.portfolio.funding.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.funding.Tables;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.itu.bdt.portfolio.funding.FundingTopic.header;
import static org.itu.bdt.portfolio.funding.FundingTopic.keyedBy;
import static org.itu.bdt.portfolio.funding.FundingTopic.types;
import static org.itu.bdt.portfolio.funding.Requests.post;

@QuarkusTest
class OutboxRelayTest {
    @Inject
    DataSource dataSource;

    @Test
    void theEventsOfOneProjectArePublishedInTheOrderTheyHappened() {
        try (FundingTopic topic = FundingTopic.tail()) {
            post("/api/agreements", """
                    {"agreementNumber":"7CIS21009-02","projectNumber":"7CIS21009","fundingSource":"ITU",
                     "currency":"CHF","originalAmount":192000.00,"signedOn":"2021-04-21"}""").statusCode(201);
            for (int i = 1; i <= 3; i++) {
                post("/api/agreements/7CIS21009-02/amendments", """
                        {"effectiveOn":"2022-0%d-01","newOriginalAmount":19%d000.00,"reason":"step %d"}"""
                        .formatted(i, i, i)).statusCode(201);
            }

            List<ConsumerRecord<String, String>> events = topic.awaitRecords(5, keyedBy("7CIS21009"));
            assertThat(events).extracting(event -> header(event, "ce_type")).containsExactly(types("AgreementSigned",
                    "IctDfAllocated", "AgreementAmended", "AgreementAmended", "AgreementAmended"));
            assertThat(events.subList(2, 5)).extracting(event -> event.value().substring(0, 32))
                    .containsExactly("{\"amendmentId\":\"7CIS21009-02-A1\"", "{\"amendmentId\":\"7CIS21009-02-A2\"",
                            "{\"amendmentId\":\"7CIS21009-02-A3\"");
        }
    }

    @Test
    void everyOutboxRowIsMarkedPublishedAndThePendingGaugeDropsToZero() {
        post("/api/agreements", """
                {"projectNumber":"7GLO24139","fundingSource":"ITU","currency":"CHF","originalAmount":5.00,
                 "signedOn":"2021-05-01"}""").statusCode(201);
        Tables tables = new Tables(dataSource);

        await().untilAsserted(() -> assertThat(tables.count("outbox_event where published_at is null")).isZero());
        assertThat(tables.count("outbox_event")).isPositive();
        await().untilAsserted(() -> given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("\nportfolio_outbox_pending 0.0\n")));
    }
}
